package io.github.comunicacaosockets.observability;

import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.event.EventListener;
import org.springframework.integration.ip.tcp.connection.AbstractConnectionFactory;
import org.springframework.integration.ip.tcp.connection.TcpConnectionCloseEvent;
import org.springframework.integration.ip.tcp.connection.TcpConnectionOpenEvent;
import org.springframework.stereotype.Component;

import io.github.comunicacaosockets.access.ConnectionRefused;
import io.github.comunicacaosockets.access.RefusalReason;
import io.github.comunicacaosockets.codec.RejectionReason;
import io.github.comunicacaosockets.tcp.MessageReceived;
import io.github.comunicacaosockets.tcp.MessageRejected;
import io.github.comunicacaosockets.tcp.MessageSent;

/**
 * The {@code chat.*} meters. Connections are counted from Spring Integration's TCP events and the
 * active gauge reads the connection factory itself; messages are counted from the flows' events.
 * A frame is either received or rejected, never both: one that arrives with invalid UTF-8 is shown
 * but counted as rejected.
 */
@Component
public class ChatMetrics {

	private final Counter connectionsOpened;

	private final Counter connectionsClosed;

	private final Map<RefusalReason, Counter> connectionsRejected = new EnumMap<>(RefusalReason.class);

	private final Counter messagesReceived;

	private final Counter messagesSent;

	private final Map<RejectionReason, Counter> messagesRejected = new EnumMap<>(RejectionReason.class);

	public ChatMetrics(MeterRegistry registry, AbstractConnectionFactory connectionFactory) {
		Gauge.builder("chat.connections.active", connectionFactory, (factory) -> factory.getOpenConnectionIds().size())
			.description("TCP connections open now")
			.register(registry);
		this.connectionsOpened = Counter.builder("chat.connections.opened")
			.description("TCP connections opened since start")
			.register(registry);
		this.connectionsClosed = Counter.builder("chat.connections.closed")
			.description("TCP connections closed since start")
			.register(registry);
		for (RefusalReason reason : RefusalReason.values()) {
			this.connectionsRejected.put(reason, Counter.builder("chat.connections.rejected")
				.description("TCP connections the server refused and closed")
				.tag("reason", reason.tag())
				.register(registry));
		}
		this.messagesReceived = Counter.builder("chat.messages.received")
			.description("Messages received and delivered to the console")
			.register(registry);
		this.messagesSent = Counter.builder("chat.messages.sent")
			.description("Messages written to a peer")
			.register(registry);
		for (RejectionReason reason : RejectionReason.values()) {
			this.messagesRejected.put(reason, Counter.builder("chat.messages.rejected")
				.description("Frames from peers that were not delivered as messages")
				.tag("reason", reason.tag())
				.register(registry));
		}
	}

	@EventListener
	void opened(TcpConnectionOpenEvent event) {
		this.connectionsOpened.increment();
	}

	@EventListener
	void closed(TcpConnectionCloseEvent event) {
		this.connectionsClosed.increment();
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
	}

	@EventListener
	void rejected(MessageRejected event) {
		this.messagesRejected.get(event.reason()).increment();
	}

	@EventListener
	void sent(MessageSent event) {
		this.messagesSent.increment();
	}

}
