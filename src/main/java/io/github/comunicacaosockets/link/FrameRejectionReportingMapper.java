package io.github.comunicacaosockets.link;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.integration.ip.tcp.connection.TcpConnection;
import org.springframework.integration.ip.tcp.connection.TcpMessageMapper;
import org.springframework.integration.support.MutableMessage;
import org.springframework.integration.support.MutableMessageHeaders;
import org.springframework.messaging.Message;

import io.github.comunicacaosockets.wire.ReceivedFrame;
import io.github.comunicacaosockets.wire.RejectedFrameException;
import io.github.comunicacaosockets.wire.WireFrame;

/**
 * The standard mapper, with these differences: it reports to {@link FrameRejections}
 * whenever a deserializer rejects a frame (the mapper is the one place that sees both the
 * connection and the deserializer's exception), and it takes "no payload yet" from a
 * deserializer that is still waiting for the rest of a frame as normal, not as a warning.
 * Each message carries its place on its connection (a sequence number), for
 * {@link ArrivalOrder}, and its size and line end on the wire ({@link WireFrame}), and
 * the {@link Peer} it came from. The message is built once, on the headers it was given,
 * rather than copied through a builder.
 */
class FrameRejectionReportingMapper extends TcpMessageMapper {

	private final FrameRejections rejections;

	FrameRejectionReportingMapper(FrameRejections rejections) {
		this.rejections = rejections;
		setApplySequence(true);
	}

	@Override
	public @Nullable Message<?> toMessage(TcpConnection connection, @Nullable Map<String, Object> headers) {
		Object payload = payloadOf(connection);
		if (payload == null) {
			return null;
		}
		MutableMessageHeaders messageHeaders = new MutableMessageHeaders(null);
		addStandardHeaders(connection, messageHeaders);
		addCustomHeaders(connection, messageHeaders);
		messageHeaders.put(Peer.HEADER, ChatConnection.peerOf(connection));
		if (payload instanceof ReceivedFrame line) {
			messageHeaders.put(WireFrame.LINE_END, line.lineEnd());
			payload = line.payload();
		}
		if (payload instanceof byte[] frame) {
			messageHeaders.put(WireFrame.PAYLOAD_BYTES, frame.length);
		}
		if (headers != null) {
			headers.forEach(messageHeaders::putIfAbsent);
		}
		return new MutableMessage<>(payload, messageHeaders);
	}

	private @Nullable Object payloadOf(TcpConnection connection) {
		try {
			return connection.getPayload();
		}
		catch (RejectedFrameException ex) {
			this.rejections.reject(ChatConnection.peerOf(connection), ex);
			throw ex;
		}
	}

}
