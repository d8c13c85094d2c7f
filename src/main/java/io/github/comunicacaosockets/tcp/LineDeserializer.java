package io.github.comunicacaosockets.tcp;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.serializer.Deserializer;
import org.springframework.integration.ip.tcp.serializer.SoftEndOfStreamException;

/**
 * Reads one LF-terminated line, dropping a CR right before the LF (so {@code nc}, telnet and
 * Windows peers all work).
 * <p>
 * The bound is on the line's content: its line end, LF or CR LF, does not count, so a peer that
 * ends lines with CR LF may send as much as one that ends them with LF. A line longer than the
 * bound is rejected as soon as its first byte past the bound arrives (a CR there waits for the next
 * byte, which must be the LF).
 * <p>
 * It never waits for the rest of a line. It reads what has arrived; if that ends in the middle of
 * a line, the part is kept for that connection and {@code null} is returned (no message yet), so
 * the thread goes back to serving other connections. A peer that sends half a line and stops
 * therefore holds only its own buffer, which grows no further than the frame bound.
 * <p>
 * Parts are kept per input stream, which is one per connection. When a connection closes,
 * {@link #connectionClosed(InputStream)} drops its part and tells how large it was.
 */
public class LineDeserializer implements Deserializer<ReceivedFrame> {

	private static final int INITIAL_CAPACITY = 256;

	private final int maxFrameBytes;

	private final Map<InputStream, PartialLine> partialLines = new ConcurrentHashMap<>();

	public LineDeserializer(int maxFrameBytes) {
		this.maxFrameBytes = maxFrameBytes;
	}

	/**
	 * Returns the next line with its line end, or {@code null} when what has arrived ends in the
	 * middle of one.
	 * @throws SoftEndOfStreamException when the stream ends between lines
	 * @throws FrameRejectedException when a line grows past the bound, or the stream ends inside one
	 */
	@Override
	public ReceivedFrame deserialize(InputStream inputStream) throws IOException {
		PartialLine line = this.partialLines.computeIfAbsent(inputStream, (stream) -> new PartialLine());
		synchronized (line) {
			try {
				ReceivedFrame frame = line.continueFrom(inputStream);
				if (line.closed && inputStream.available() == 0) {
					this.partialLines.remove(inputStream);
					if (frame == null && line.length > 0) {
						throw FrameRejectedException.incomplete(line.length);
					}
				}
				return frame;
			}
			catch (IOException ex) {
				this.partialLines.remove(inputStream);
				throw ex;
			}
		}
	}

	/**
	 * Forgets the connection reading from this stream.
	 * @return the size of the line it left unfinished, or 0; when bytes are still waiting to be
	 * read, 0, and the read that takes them reports an unfinished line
	 */
	public int connectionClosed(InputStream inputStream) throws IOException {
		PartialLine line = (inputStream.available() > 0)
				? this.partialLines.computeIfAbsent(inputStream, (stream) -> new PartialLine())
				: this.partialLines.get(inputStream);
		if (line == null) {
			return 0;
		}
		synchronized (line) {
			line.closed = true;
			if (inputStream.available() > 0) {
				return 0;
			}
			this.partialLines.remove(inputStream);
			return line.length;
		}
	}

	/** How many bytes of an unfinished line the connection reading from this stream has sent. */
	public int unfinishedBytes(InputStream inputStream) {
		PartialLine line = this.partialLines.get(inputStream);
		if (line == null) {
			return 0;
		}
		synchronized (line) {
			return line.length;
		}
	}

	/** Connections that have sent part of a line and not the rest, yet. */
	public int unfinishedLines() {
		return (int) this.partialLines.values().stream().filter((line) -> line.length > 0).count();
	}

	/** The bytes of one line received so far. Guarded by its own monitor. */
	private final class PartialLine {

		private byte[] buffer = new byte[Math.min(INITIAL_CAPACITY, capacityBound())];

		private int length;

		private boolean closed;

		/**
		 * Reads until a line end, or until nothing more has arrived; then the line or null. The
		 * first read waits if nothing has arrived, which is how the end of the stream shows.
		 */
		ReceivedFrame continueFrom(InputStream inputStream) throws IOException {
			int first = inputStream.read();
			if (first == '\n') {
				return takeLine();
			}
			if (first < 0) {
				throw endOfStream();
			}
			append((byte) first);
			return inputStream.markSupported() ? continueInBulk(inputStream) : continueByteByByte(inputStream);
		}

		private ReceivedFrame continueByteByByte(InputStream inputStream) throws IOException {
			while (inputStream.available() > 0) {
				int next = inputStream.read();
				if (next == '\n') {
					return takeLine();
				}
				if (next < 0) {
					throw endOfStream();
				}
				append((byte) next);
			}
			return null;
		}

		/**
		 * Copies what has arrived, up to the first byte past the bound, and looks for the line end in it;
		 * the bytes after the line end are given back to the stream.
		 */
		private ReceivedFrame continueInBulk(InputStream inputStream) throws IOException {
			int available;
			while ((available = inputStream.available()) > 0) {
				int wanted = Math.min(available, room());
				ensureCapacity(this.length + wanted);
				inputStream.mark(wanted);
				int read = inputStream.read(this.buffer, this.length, wanted);
				for (int i = this.length; i < this.length + read; i++) {
					if (this.buffer[i] == '\n') {
						inputStream.reset();
						inputStream.skipNBytes(i - this.length + 1);
						this.length = i;
						return takeLine();
					}
				}
				this.length += read;
				rejectIfOverTheBound();
			}
			return null;
		}

		/**
		 * How many more bytes may be read without going more than one byte past the bound: up to the
		 * first byte past it, or, when that byte is a CR, the one after it.
		 */
		private int room() {
			int max = LineDeserializer.this.maxFrameBytes;
			return (this.length <= max) ? max + 1 - this.length : 1;
		}

		/** Whether the line has more content than the bound: more than its bytes and a CR that may end it. */
		private void rejectIfOverTheBound() throws FrameRejectedException {
			int max = LineDeserializer.this.maxFrameBytes;
			if (this.length > max + 1 || (this.length == max + 1 && this.buffer[max] != '\r')) {
				throw FrameRejectedException.tooLarge(this.length, max);
			}
		}

		/** The end of the stream: a soft end between lines, an incomplete frame inside one. */
		private FrameRejectedException endOfStream() {
			if (this.length == 0) {
				throw new SoftEndOfStreamException("Stream closed between messages");
			}
			return FrameRejectedException.incomplete(this.length);
		}

		private void ensureCapacity(int capacity) {
			if (capacity > this.buffer.length) {
				this.buffer = Arrays.copyOf(this.buffer,
						Math.min(Math.max(capacity, this.buffer.length * 2), capacityBound()));
			}
		}

		/** The most a line can hold before it is rejected: the bound, a CR, and one byte past them. */
		private int capacityBound() {
			return LineDeserializer.this.maxFrameBytes + 2;
		}

		private void append(byte next) throws FrameRejectedException {
			ensureCapacity(this.length + 1);
			this.buffer[this.length++] = next;
			rejectIfOverTheBound();
		}

		private ReceivedFrame takeLine() {
			boolean carriageReturn = this.length > 0 && this.buffer[this.length - 1] == '\r';
			int end = carriageReturn ? this.length - 1 : this.length;
			byte[] line = Arrays.copyOf(this.buffer, end);
			this.length = 0;
			if (this.buffer.length > INITIAL_CAPACITY) {
				this.buffer = new byte[INITIAL_CAPACITY];
			}
			return new ReceivedFrame(line, carriageReturn ? "\r\n" : "\n");
		}

	}

}
