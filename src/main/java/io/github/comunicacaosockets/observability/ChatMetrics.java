package io.github.comunicacaosockets.observability;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.event.EventListener;
import org.springframework.integration.ip.tcp.connection.AbstractConnectionFactory;
import org.springframework.integration.ip.tcp.connection.TcpConnection;
import org.springframework.integration.ip.tcp.connection.TcpConnectionCloseEvent;
import org.springframework.integration.ip.tcp.connection.TcpConnectionOpenEvent;
import org.springframework.stereotype.Component;

import io.github.comunicacaosockets.access.ConnectionRefused;
import io.github.comunicacaosockets.access.RefusalReason;
import io.github.comunicacaosockets.chat.BitsFlipped;
import io.github.comunicacaosockets.chat.MessageReceived;
import io.github.comunicacaosockets.chat.MessageSent;
import io.github.comunicacaosockets.config.ChatProperties;
import io.github.comunicacaosockets.config.ChatProperties.Check;
import io.github.comunicacaosockets.link.CloseReason;
import io.github.comunicacaosockets.link.Connections;
import io.github.comunicacaosockets.link.FrameRejected;
import io.github.comunicacaosockets.wire.LinkCheck;
import io.github.comunicacaosockets.wire.RejectionReason;

/**
 * The {@code chat.*} meters. Connections are counted from Spring Integration's TCP events
 * and the active gauge reads the connection factory itself; messages are counted from the
 * flows' events. A frame is either received or rejected, never both: one that arrives
 * with invalid UTF-8 is shown but counted as rejected.
 */
@Component
class ChatMetrics {

	private final Counter connectionsOpened;

	private final Map<CloseReason, Counter> connectionsClosed;

	private final Connections connections;

	private final Map<RefusalReason, Counter> connectionsRejected;

	private final Counter messagesReceived;

	private final Counter messagesSent;

	private final Map<RejectionReason, Counter> messagesRejected;

	private final Check check;

	private final Map<LinkCheck.Outcome, Counter> framesChecked;

	private final Counter bitsFlipped;

	public ChatMetrics(MeterRegistry registry, AbstractConnectionFactory connectionFactory, Connections connections,
			ChatProperties properties) {
		this.connections = connections;
		this.check = properties.wire().check();
		this.framesChecked = new EnumMap<>(LinkCheck.Outcome.class);
		for (LinkCheck.Outcome outcome : LinkCheck.Outcome.values()) {
			this.framesChecked.put(outcome, Counter.builder("chat.frames.checked")
				.description("Frames the link's error check (chat.wire.check) found intact, corrected or damaged")
				.tag("check", this.check.value())
				.tag("outcome", outcome.tag())
				.register(registry));
		}
		this.bitsFlipped = Counter.builder("chat.wire.noise.flipped")
			.description("Bits of frames sent that the simulated noise (chat.wire.noise) flipped")
			.register(registry);
		Gauge.builder("chat.connections.active", connectionFactory, (factory) -> factory.getOpenConnectionIds().size())
			.description("TCP connections open now")
			.register(registry);
		Gauge.builder("chat.lines.unfinished", connections, Connections::unfinishedLines)
			.description("Open connections in the middle of a line: part of it sent, not its end")
			.register(registry);
		this.connectionsOpened = Counter.builder("chat.connections.opened")
			.description("TCP connections opened since start")
			.register(registry);
		this.connectionsClosed = countersByReason(registry, "chat.connections.closed",
				"TCP connections closed since start, by why", CloseReason.class, CloseReason::tag);
		this.connectionsRejected = countersByReason(registry, "chat.connections.rejected",
				"TCP connections the server refused and closed", RefusalReason.class, RefusalReason::tag);
		this.messagesReceived = Counter.builder("chat.messages.received")
			.description("Messages received and delivered to the console")
			.register(registry);
		this.messagesSent = Counter.builder("chat.messages.sent")
			.description("Messages written to a peer")
			.register(registry);
		this.messagesRejected = countersByReason(registry, "chat.messages.rejected",
				"Frames from peers that were not delivered as messages", RejectionReason.class, RejectionReason::tag);
	}

	/**
	 * One counter per reason, all under one name, told apart by the {@code reason} tag.
	 */
	private static <R extends Enum<R>> Map<R, Counter> countersByReason(MeterRegistry registry, String name,
			String description, Class<R> reasons, Function<R, String> tag) {
		Map<R, Counter> counters = new EnumMap<>(reasons);
		for (R reason : reasons.getEnumConstants()) {
			counters.put(reason,
					Counter.builder(name).description(description).tag("reason", tag.apply(reason)).register(registry));
		}
		return counters;
	}

	@EventListener
	void opened(TcpConnectionOpenEvent event) {
		this.connectionsOpened.increment();
	}

	@EventListener
	void closed(TcpConnectionCloseEvent event) {
		this.connectionsClosed.get(this.connections.peerOf((TcpConnection) event.getSource()).closeReason())
			.increment();
	}

	@EventListener
	void refused(ConnectionRefused event) {
		this.connectionsRejected.get(event.reason()).increment();
	}

	@EventListener
	void received(MessageReceived event) {
		if (event.message().validUtf8()) {
			this.messagesReceived.increment();
		}
		if (this.check != Check.NONE) {
			this.framesChecked
				.get(event.message().corrected().isEmpty() ? LinkCheck.Outcome.OK : LinkCheck.Outcome.CORRECTED)
				.increment();
		}
	}

	@EventListener
	void flipped(BitsFlipped event) {
		this.bitsFlipped.increment(event.positions().size());
	}

	@EventListener
	void rejected(FrameRejected event) {
		this.messagesRejected.get(event.reason()).increment();
		if (event.reason() == RejectionReason.CHECK_FAILED) {
			this.framesChecked.get(LinkCheck.Outcome.DETECTED).increment();
		}
	}

	@EventListener
	void sent(MessageSent event) {
		this.messagesSent.increment();
	}

}
