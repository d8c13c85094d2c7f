package io.github.comunicacaosockets.console;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.context.event.EventListener;
import org.springframework.integration.ip.tcp.connection.TcpConnectionFailedEvent;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

import io.github.comunicacaosockets.chat.RefusedByServer;
import io.github.comunicacaosockets.config.ChatProperties;
import io.github.comunicacaosockets.config.ClientRole;
import io.github.comunicacaosockets.i18n.ConsoleText;
import io.github.comunicacaosockets.link.Peer;

/**
 * A client's lines for its server: connected, unreachable (once per outage), refused (and
 * when it tries again), disconnected.
 */
@Component
@ClientRole
class ClientConnectionLines extends ConnectionLines {

	/**
	 * How long a connection that follows a refusal waits to be announced. A server
	 * refuses as it accepts, so its refusal arrives within one round trip; a second
	 * leaves room for a busy machine.
	 */
	private static final Duration REFUSAL_WAIT = Duration.ofSeconds(1);

	private final ChatProperties properties;

	private final TaskScheduler scheduler;

	private final AtomicBoolean reportedUnreachable = new AtomicBoolean();

	/**
	 * Whether the server refused this client's last connection: the next one is announced
	 * only once it has outlived a refusal.
	 */
	private final AtomicBoolean refusedLastTime = new AtomicBoolean();

	ClientConnectionLines(ConsoleOutput out, ConsoleText text, EventLineBudget budget, ConversationEnd conversationEnd,
			ChatProperties properties, TaskScheduler scheduler) {
		super(out, text, budget, conversationEnd);
		this.properties = properties;
		this.scheduler = scheduler;
	}

	@Override
	void arrived(Peer server) {
		if (this.refusedLastTime.get()) {
			this.scheduler.schedule(() -> announceIfAdmitted(server), Instant.now().plus(REFUSAL_WAIT));
		}
		else {
			announceConnected();
		}
	}

	/**
	 * A connection that follows a refusal, announced if it was not refused in turn: a
	 * server that is still full would otherwise have each try say {@code Conectado}, then
	 * that it was refused.
	 */
	private void announceIfAdmitted(Peer server) {
		if (server.isConnected() && server.closeCause().isEmpty()) {
			this.refusedLastTime.set(false);
			announceConnected();
		}
	}

	private void announceConnected() {
		this.reportedUnreachable.set(false);
		this.out.println(this.text.get("server.connected", this.properties.host(), this.properties.port()));
	}

	@Override
	String departed(Peer server) {
		return this.text.get("server.disconnected");
	}

	@EventListener
	void refusedByServer(RefusedByServer event) {
		this.refusedLastTime.set(true);
		String refused = this.text.get("server.refused", VisibleText.of(event.notice()),
				this.text.duration(event.retryIn()));
		long undelivered = event.server().messagesOut();
		this.out.println((undelivered > 0) ? refused + " " + this.text.count("server.refused.undelivered", undelivered)
				: refused);
	}

	@EventListener
	void unreachable(TcpConnectionFailedEvent event) {
		if (!this.reportedUnreachable.getAndSet(true)) {
			this.out.println(this.text.get("server.unreachable"));
			this.out.println(this.text.get("server.retrying", this.text.duration(this.properties.retryInterval())));
		}
	}

}
