package io.github.comunicacaosockets.console;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.github.comunicacaosockets.access.Admission;
import io.github.comunicacaosockets.chat.MessageReceived;
import io.github.comunicacaosockets.i18n.ConsoleText;
import io.github.comunicacaosockets.link.Connections;

/**
 * Ends the conversation the way {@code sair} did in the original scripts: close the
 * connections, say so, and leave with status 0. Spring Shell has no way to stop its loop
 * from a command, so this closes the application context and exits the JVM. A shutdown
 * from outside (SIGTERM, Ctrl-C) ends the conversation before the application stops,
 * first taking in what is on its way.
 */
@Component
class ConversationEnd {

	/** How long a shutdown waits for what the peers have already sent. */
	static final Duration LAST_BYTES_BOUND = Duration.ofSeconds(2);

	private final Connections connections;

	private final ConfigurableApplicationContext context;

	private final ConsoleOutput consoleOutput;

	private final ConsoleText text;

	private final AtomicBoolean ending = new AtomicBoolean();

	private final AtomicLong receivedWhileOpen = new AtomicLong();

	private final Admission admission;

	public ConversationEnd(Connections connections, ConfigurableApplicationContext context, ConsoleOutput consoleOutput,
			ConsoleText text, Admission admission) {
		this.connections = connections;
		this.admission = admission;
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

	/**
	 * Ends the process because it cannot do its job, saying why in one line, with status
	 * 1.
	 */
	public void fail(String why) {
		this.ending.set(true);
		this.consoleOutput.println(why);
		System.exit(SpringApplication.exit(this.context, () -> 1));
	}

	/**
	 * A shutdown from outside: no new connections, the bytes the peers have already sent
	 * are taken in (for at most {@link #LAST_BYTES_BOUND}), then the connections close;
	 * one line says what came in meanwhile and how many connections were cut off.
	 */
	@EventListener
	void applicationStopping(ContextClosedEvent event) throws InterruptedException {
		if (event.getApplicationContext() == this.context && !this.ending.getAndSet(true)) {
			this.consoleOutput.println(this.text.get("conversation.ending"));
			this.admission.stopAdmitting();
			boolean anyOpen = !this.connections.list().isEmpty();
			long before = this.receivedWhileOpen.get();
			int cutOff = this.connections.closeAllAfterTheirLastBytes(LAST_BYTES_BOUND);
			if (anyOpen) {
				this.consoleOutput.println(this.text.get("conversation.drained",
						this.text.count("conversation.drained.received", this.receivedWhileOpen.get() - before),
						this.text.count("conversation.drained.cut-off", cutOff), this.text.duration(LAST_BYTES_BOUND)));
			}
		}
	}

	@EventListener
	void received(MessageReceived event) {
		this.receivedWhileOpen.incrementAndGet();
	}

	/**
	 * Whether this side is leaving: connections closing now were closed by us, not by the
	 * peer.
	 */
	public boolean isEnding() {
		return this.ending.get();
	}

}
