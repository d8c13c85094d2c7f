package io.github.comunicacaosockets.console;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

import io.github.comunicacaosockets.tcp.Connections;

/**
 * Ends the conversation the way {@code sair} did in the original scripts: close the connections,
 * say so, and leave with status 0. Spring Shell has no way to stop its loop from a command, so this
 * closes the application context and exits the JVM.
 */
@Component
public class ConversationEnd {

	private final Connections connections;

	private final ConfigurableApplicationContext context;

	private final AtomicBoolean ending = new AtomicBoolean();

	public ConversationEnd(Connections connections, ConfigurableApplicationContext context) {
		this.connections = connections;
		this.context = context;
	}

	public void end(PrintWriter out) {
		this.ending.set(true);
		out.println("Encerrando conexão.");
		out.flush();
		this.connections.closeAll();
		System.exit(SpringApplication.exit(this.context, () -> 0));
	}

	/** Whether this side is leaving: connections closing now were closed by us, not by the peer. */
	public boolean isEnding() {
		return this.ending.get();
	}

}
