package io.github.comunicacaosockets.wire;

import org.springframework.messaging.MessageHeaders;

/**
 * How a received message looked on the wire: how many bytes its payload took, and the
 * line end that closed it ({@code "\n"}, {@code "\r\n"}, or nothing for raw reads). The
 * verbose console shows it; the message itself no longer has its line end.
 *
 * @param payloadBytes the frame's bytes before the line end
 * @param lineEnd the bytes that ended the frame
 */
public record WireFrame(int payloadBytes, String lineEnd) {

	public static final String PAYLOAD_BYTES = "chat_payloadBytes";

	public static final String LINE_END = "chat_lineEnd";

	/** The frame described by a received message's headers. */
	public static WireFrame of(MessageHeaders headers) {
		Integer payloadBytes = headers.get(PAYLOAD_BYTES, Integer.class);
		String lineEnd = headers.get(LINE_END, String.class);
		return new WireFrame((payloadBytes != null) ? payloadBytes : 0, (lineEnd != null) ? lineEnd : "");
	}

	/** All the bytes the frame took on the wire. */
	public int wireBytes() {
		return this.payloadBytes + this.lineEnd.length();
	}

}
