package io.github.comunicacaosockets.tcp;

import java.io.UncheckedIOException;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.integration.ip.tcp.connection.TcpConnection;
import org.springframework.integration.ip.tcp.connection.TcpMessageMapper;
import org.springframework.messaging.Message;

/**
 * The standard mapper, plus a {@link FrameRejected} naming the connection whenever a
 * deserializer rejects a frame. The mapper is the one place that sees both the connection and the
 * deserializer's exception.
 */
class FrameRejectionReportingMapper extends TcpMessageMapper {

	private final ApplicationEventPublisher publisher;

	FrameRejectionReportingMapper(ApplicationEventPublisher publisher) {
		this.publisher = publisher;
	}

	@Override
	public @Nullable Message<?> toMessage(TcpConnection connection, @Nullable Map<String, Object> headers) {
		try {
			return super.toMessage(connection, headers);
		}
		catch (UncheckedIOException ex) {
			if (ex.getCause() instanceof FrameRejectedException rejected) {
				this.publisher.publishEvent(new FrameRejected(connection.getConnectionId(), rejected));
			}
			throw ex;
		}
	}

}
