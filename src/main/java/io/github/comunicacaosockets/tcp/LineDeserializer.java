package io.github.comunicacaosockets.tcp;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.springframework.core.serializer.Deserializer;
import org.springframework.integration.ip.tcp.serializer.SoftEndOfStreamException;

/**
 * Reads one LF-terminated line, dropping a CR right before the LF (so {@code nc}, telnet and
 * Windows peers all work). The buffer starts small and grows only as far as the frame bound, so a
 * peer streaming without a line end costs at most that bound before its connection is closed.
 */
public class LineDeserializer implements Deserializer<byte[]> {

	private static final int INITIAL_CAPACITY = 256;

	private final int maxFrameBytes;

	public LineDeserializer(int maxFrameBytes) {
		this.maxFrameBytes = maxFrameBytes;
	}

	@Override
	public byte[] deserialize(InputStream inputStream) throws IOException {
		byte[] buffer = new byte[Math.min(INITIAL_CAPACITY, this.maxFrameBytes + 1)];
		int length = 0;
		while (true) {
			int next = inputStream.read();
			if (next < 0) {
				if (length == 0) {
					throw new SoftEndOfStreamException("Stream closed between messages");
				}
				throw FrameRejectedException.incomplete(length);
			}
			if (next == '\n') {
				if (length > 0 && buffer[length - 1] == '\r') {
					length--;
				}
				return Arrays.copyOf(buffer, length);
			}
			if (length == buffer.length) {
				buffer = Arrays.copyOf(buffer, Math.min(length * 2, this.maxFrameBytes + 1));
			}
			buffer[length++] = (byte) next;
			if (length > this.maxFrameBytes) {
				throw FrameRejectedException.tooLarge(length, this.maxFrameBytes);
			}
		}
	}

}
