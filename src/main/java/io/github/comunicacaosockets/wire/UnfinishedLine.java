package io.github.comunicacaosockets.wire;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.function.Consumer;

import org.springframework.integration.ip.tcp.serializer.SoftEndOfStreamException;

/**
 * The part of a line one connection has sent and not yet ended, kept by the connection
 * between reads so that no thread waits for the rest. Created with its connection, it
 * lives and dies with it: no registry keyed by stream or id knows of it.
 * <p>
 * The bound is on the line's content: its line end, LF or CR LF, does not count. A line
 * longer than the bound is rejected as soon as its first byte past the bound arrives (a
 * CR there waits for the next byte, which must be the LF).
 * <p>
 * Reading happens on one thread at a time (the connection's reader); the rest (how long
 * the part is, dropping it at close or when it is overdue) may come from any thread, so
 * the state is guarded by this object's monitor. The first read of each call, which may
 * wait for bytes, is made outside it.
 */
public final class UnfinishedLine {

	/**
	 * The buffer a line starts with, and the largest one kept from one line to the next:
	 * room for a hundred characters as bits, so a steady talk allocates nothing but its
	 * lines.
	 */
	private static final int KEPT_CAPACITY = 1024;

	private int maxFrameBytes;

	private final Consumer<UnfinishedLine> whenLeftUnfinished;

	private byte[] buffer = new byte[0];

	private int length;

	/**
	 * How many lines this connection has ended or given up; the current one is the next.
	 */
	private long lineNumber;

	private boolean watched;

	private boolean closed;

	/**
	 * @param whenLeftUnfinished called, on the reading thread, when a read ends in the
	 * middle of a line that had not been left unfinished before (a connection starts its
	 * frame clock there)
	 */
	public UnfinishedLine(Consumer<UnfinishedLine> whenLeftUnfinished) {
		this.whenLeftUnfinished = whenLeftUnfinished;
	}

	/** A line nobody watches, for a stream read until each line ends. */
	public static UnfinishedLine unwatched() {
		return new UnfinishedLine((line) -> {
		});
	}

	/**
	 * Reads on from what has arrived: the next line with its line end, or {@code null}
	 * when what has arrived ends in the middle of one. The first read waits if nothing
	 * has arrived, which is how the end of the stream shows.
	 * @param maxFrameBytes the bound on a line's content
	 * @throws SoftEndOfStreamException when the stream ends between lines
	 * @throws RejectedFrameException when the line grows past the bound, or the stream
	 * ends inside it, or it ends inside it after the connection closed
	 */
	ReceivedFrame readOn(InputStream inputStream, int maxFrameBytes) throws IOException {
		int first = inputStream.read();
		synchronized (this) {
			this.maxFrameBytes = maxFrameBytes;
			try {
				ReceivedFrame frame = continueFrom(first, inputStream);
				if (frame == null && this.length > 0) {
					if (this.closed && inputStream.available() == 0) {
						throw RejectedFrameException.incomplete(this.length);
					}
					if (!this.watched) {
						this.watched = true;
						this.whenLeftUnfinished.accept(this);
					}
				}
				return frame;
			}
			catch (RejectedFrameException ex) {
				throw drop(ex);
			}
		}
	}

	/** How many bytes of the line now unfinished have arrived. */
	public synchronized int length() {
		return this.length;
	}

	/**
	 * Which line is the current one: a number that changes each time a line ends or is
	 * given up.
	 */
	public synchronized long lineNumber() {
		return this.lineNumber;
	}

	/**
	 * Gives the line up if it is still the one numbered so and has bytes.
	 * @return the number of bytes given up, or 0 when the line has ended since (or never
	 * began)
	 */
	public synchronized int giveUp(long lineNumber) {
		if (this.lineNumber != lineNumber || this.length == 0) {
			return 0;
		}
		int given = this.length;
		drop(null);
		return given;
	}

	/**
	 * Its connection has closed.
	 * @param stillUnread how many bytes the connection has received and not read yet
	 * @return the size of the part dropped, or 0; when bytes are still waiting to be
	 * read, 0, and the read that takes them reports the unfinished line
	 */
	public synchronized int connectionClosed(int stillUnread) {
		this.closed = true;
		if (stillUnread > 0 || this.length == 0) {
			return 0;
		}
		int given = this.length;
		drop(null);
		return given;
	}

	private RejectedFrameException drop(RejectedFrameException reason) {
		this.length = 0;
		this.buffer = new byte[0];
		this.watched = false;
		this.lineNumber++;
		return reason;
	}

	private ReceivedFrame continueFrom(int first, InputStream inputStream) throws IOException {
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
	 * Copies what has arrived, as far as the buffer has room (growing it when full) and
	 * up to the first byte past the bound, and looks for the line end in it; the bytes
	 * after the line end are given back to the stream. The buffer grows with the line,
	 * not with what has arrived: a read of 64 KiB holding many short lines allocates no
	 * 64 KiB buffer.
	 */
	private ReceivedFrame continueInBulk(InputStream inputStream) throws IOException {
		int available;
		while ((available = inputStream.available()) > 0) {
			if (this.length == this.buffer.length) {
				ensureCapacity(this.length + 1);
			}
			int wanted = Math.min(Math.min(available, room()), this.buffer.length - this.length);
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
	 * How many more bytes may be read without going more than one byte past the bound: up
	 * to the first byte past it, or, when that byte is a CR, the one after it.
	 */
	private int room() {
		return (this.length <= this.maxFrameBytes) ? this.maxFrameBytes + 1 - this.length : 1;
	}

	/**
	 * Whether the line has more content than the bound: more than its bytes and a CR that
	 * may end it.
	 */
	private void rejectIfOverTheBound() throws RejectedFrameException {
		int max = this.maxFrameBytes;
		if (this.length > max + 1 || (this.length == max + 1 && this.buffer[max] != '\r')) {
			throw RejectedFrameException.tooLarge(this.length, max);
		}
	}

	/**
	 * The end of the stream: a soft end between lines, an incomplete frame inside one.
	 */
	private RejectedFrameException endOfStream() {
		if (this.length == 0) {
			throw new SoftEndOfStreamException("Stream closed between messages");
		}
		return RejectedFrameException.incomplete(this.length);
	}

	private void ensureCapacity(int capacity) {
		if (capacity > this.buffer.length) {
			int grown = Math.max(Math.max(capacity, KEPT_CAPACITY), this.buffer.length * 2);
			this.buffer = Arrays.copyOf(this.buffer, Math.min(grown, capacityBound()));
		}
	}

	/**
	 * The most a line can hold before it is rejected: the bound, a CR, and one byte past
	 * them.
	 */
	private int capacityBound() {
		return this.maxFrameBytes + 2;
	}

	private void append(byte next) throws RejectedFrameException {
		ensureCapacity(this.length + 1);
		this.buffer[this.length++] = next;
		rejectIfOverTheBound();
	}

	private ReceivedFrame takeLine() {
		boolean carriageReturn = this.length > 0 && this.buffer[this.length - 1] == '\r';
		int end = carriageReturn ? this.length - 1 : this.length;
		byte[] line = Arrays.copyOf(this.buffer, end);
		this.length = 0;
		this.watched = false;
		this.lineNumber++;
		if (this.buffer.length > KEPT_CAPACITY) {
			this.buffer = new byte[KEPT_CAPACITY];
		}
		return new ReceivedFrame(line, carriageReturn ? "\r\n" : "\n");
	}

}
