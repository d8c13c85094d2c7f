package io.github.comunicacaosockets.tcp;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.integration.ip.tcp.connection.TcpConnection;
import org.springframework.integration.ip.tcp.connection.TcpConnectionCloseEvent;
import org.springframework.stereotype.Component;

/**
 * When a connection closes, drops the part of a line it had sent, and reports that part as an
 * incomplete frame. The {@link LineDeserializer} keeps such parts without holding a thread, so it
 * learns of the close from here.
 */
@Component
class UnfinishedLines {

	private final ApplicationEventPublisher publisher;

	UnfinishedLines(ApplicationEventPublisher publisher) {
		this.publisher = publisher;
	}

	/** Runs before the close is announced, so that the lost frame is reported before the peer's departure. */
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void closed(TcpConnectionCloseEvent event) throws IOException {
		TcpConnection connection = (TcpConnection) event.getSource();
		if (connection.getDeserializer() instanceof LineDeserializer lines
				&& connection.getDeserializerStateKey() instanceof InputStream stream) {
			int unfinished = lines.connectionClosed(stream);
			if (unfinished > 0) {
				this.publisher.publishEvent(
						new FrameRejected(event.getConnectionId(), ChatConnection.peerOf(connection),
								FrameRejectedException.incomplete(unfinished)));
			}
		}
	}

}
