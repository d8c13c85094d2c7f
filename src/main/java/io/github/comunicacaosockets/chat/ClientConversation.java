package io.github.comunicacaosockets.chat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.integration.ip.tcp.connection.TcpConnectionCloseEvent;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

import io.github.comunicacaosockets.access.RefusalNotice;
import io.github.comunicacaosockets.config.ClientRole;
import io.github.comunicacaosockets.link.CloseCause;
import io.github.comunicacaosockets.link.Peer;
import io.github.comunicacaosockets.link.ReconnectPacing;
import io.github.comunicacaosockets.wire.ReceivedText;

/**
 * A client's side of the conversation: the server's refusal is not a message but the end
 * of this connection, after which the client waits longer before it tries again
 * ({@link RefusedByServer}).
 * <p>
 * A refusal is a {@link RefusalNotice} as the first line of a connection, followed by the
 * server's close: a server closes as soon as it has written it. Such a line is held until
 * the connection closes (a refusal), or something more arrives on it, or
 * {@link #CLOSE_WAIT} passes (a message, then, shown as any other): a teacher's first
 * message that starts with {@code 421 } is a message.
 */
@Component
@ClientRole
class ClientConversation implements ConversationRole {

	/**
	 * How long a first line in the form of a refusal waits for the close that makes it
	 * one. The server closes right after it; a second leaves room for a busy machine.
	 */
	static final Duration CLOSE_WAIT = Duration.ofSeconds(1);

	private final ApplicationEventPublisher publisher;

	private final ReconnectPacing pacing;

	private final TaskScheduler scheduler;

	/** The first line of the current connection, while it may still be a refusal. */
	private final AtomicReference<@Nullable HeldLine> held = new AtomicReference<>();

	ClientConversation(ApplicationEventPublisher publisher, ReconnectPacing pacing, TaskScheduler scheduler) {
		this.publisher = publisher;
		this.pacing = pacing;
		this.scheduler = scheduler;
	}

	@Override
	public void receive(ReceivedText message, Peer from, boolean first, Runnable deliver) {
		deliverHeld();
		Optional<String> refusal = first ? RefusalNotice.reasonIn(message.text()) : Optional.empty();
		if (refusal.isEmpty()) {
			deliver.run();
			return;
		}
		HeldLine line = new HeldLine(from, refusal.get(), deliver);
		this.held.set(line);
		this.scheduler.schedule(() -> {
			if (this.held.compareAndSet(line, null)) {
				line.deliver().run();
			}
		}, Instant.now().plus(CLOSE_WAIT));
	}

	/** A line held as a possible refusal, now that more has come: it was a message. */
	private void deliverHeld() {
		HeldLine line = this.held.getAndSet(null);
		if (line != null) {
			line.deliver().run();
		}
	}

	/**
	 * A connection closed: one whose first line is still held was refused. Heard before
	 * anyone else hears of the close, so that the close is known as a refusal everywhere
	 * (the console's line, the meters, the wait before the next attempt).
	 */
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void closed(TcpConnectionCloseEvent event) {
		HeldLine line = this.held.get();
		if (line != null && line.server().connectionId().equals(event.getConnectionId())
				&& this.held.compareAndSet(line, null)) {
			line.server().closingFor(CloseCause.refused(line.reason()));
			this.publisher.publishEvent(new RefusedByServer(line.server(), line.reason(),
					this.pacing.setback(line.server().connectionId())));
		}
	}

	/** Never: a server of ours with {@code chat.echo} would send it back again. */
	@Override
	public boolean echoes() {
		return false;
	}

	@Override
	public boolean tellsOfItsCheck() {
		return false;
	}

	@Override
	public String nobodyToSendTo() {
		return "send.refused.no-server";
	}

	private record HeldLine(Peer server, String reason, Runnable deliver) {
	}

}
