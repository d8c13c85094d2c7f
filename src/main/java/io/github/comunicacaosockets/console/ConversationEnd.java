package io.github.comunicacaosockets.console;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.github.comunicacaosockets.i18n.ConsoleText;
import io.github.comunicacaosockets.tcp.Connections;

/**
 * Ends the conversation the way {@code sair} did in the original scripts: close the connections,
 * say so, and leave with status 0. Spring Shell has no way to stop its loop from a command, so this
 * closes the application context and exits the JVM. A shutdown from outside (SIGTERM, Ctrl-C)
 * ends the conversation the same way before the application stops.
 */
@Component
public class ConversationEnd {

	private final Connections connections;

	private final ConfigurableApplicationContext context;

	private final ConsoleOutput consoleOutput;

	private final ConsoleText text;

	private final AtomicBoolean ending = new AtomicBoolean();

	public ConversationEnd(Connections connections, ConfigurableApplicationContext context,
			ConsoleOutput consoleOutput, ConsoleText text) {
		this.connections = connections;
		this.text = text;
		this.context = context;
		this.consoleOutput = consoleOutput;
	}

	/** Ends the conversation and the process, with status 0. */
	public void end(PrintWriter out) {
		this.ending.set(true);
		out.println(this.text.get("conversation.ending"));
		out.flush();
		this.connections.closeAll();
		System.exit(SpringApplication.exit(this.context, () -> 0));
	}

	/** Ends the process because it cannot do its job, saying why in one line, with status 1. */
	public void fail(String why) {
		this.ending.set(true);
		this.consoleOutput.println(why);
		System.exit(SpringApplication.exit(this.context, () -> 1));
	}

	@EventListener
	void applicationStopping(ContextClosedEvent event) {
		if (event.getApplicationContext() == this.context && !this.ending.getAndSet(true)) {
			this.consoleOutput.println(this.text.get("conversation.ending"));
			this.connections.closeAll();
		}
	}

	/** Whether this side is leaving: connections closing now were closed by us, not by the peer. */
	public boolean isEnding() {
		return this.ending.get();
	}

}
