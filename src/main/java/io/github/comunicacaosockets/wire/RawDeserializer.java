package io.github.comunicacaosockets.wire;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.springframework.core.serializer.Deserializer;
import org.springframework.integration.ip.tcp.serializer.SoftEndOfStreamException;

/**
 * Treats whatever one read returns as one message, at most the frame bound. This is how
 * the original Python scripts framed their messages ({@code socket.recv(1024)}), so they
 * can talk to us unchanged. Spring Integration has no deserializer with these semantics:
 * its raw ones read to the end of the stream.
 */
public class RawDeserializer implements Deserializer<byte[]> {

	private final int maxFrameBytes;

	public RawDeserializer(int maxFrameBytes) {
		this.maxFrameBytes = maxFrameBytes;
	}

	@Override
	public byte[] deserialize(InputStream inputStream) throws IOException {
		int first = inputStream.read();
		if (first < 0) {
			throw new SoftEndOfStreamException("Stream closed between messages");
		}
		int wanted = Math.max(0, Math.min(inputStream.available(), this.maxFrameBytes - 1));
		byte[] frame = new byte[1 + wanted];
		frame[0] = (byte) first;
		int length = 1;
		while (length < frame.length) {
			int read = inputStream.read(frame, length, frame.length - length);
			if (read < 0) {
				break;
			}
			length += read;
		}
		return (length == frame.length) ? frame : Arrays.copyOf(frame, length);
	}

}
