package io.github.comunicacaosockets.wire;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Bytes that arrive in parts, as from a socket, for a deserializer to read. Reading past
 * what has arrived would block on a socket, so it fails the test; once {@link #end()} is
 * called, the stream ends where the bytes do. Read in bulk (with mark and reset, as a
 * plain connection's read buffer is), or byte by byte (as TLS's pipe is).
 */
final class ArrivingBytes extends InputStream implements LineDeserializer.KeepsUnfinishedLine {

	private final boolean inBulk;

	private byte[] bytes = new byte[256];

	private int arrived;

	private int position;

	private int mark;

	private boolean ended;

	private final UnfinishedLine unfinishedLine = UnfinishedLine.unwatched();

	ArrivingBytes(boolean inBulk) {
		this.inBulk = inBulk;
	}

	/**
	 * The part of a line read from this stream and not ended yet, kept as a connection
	 * keeps it.
	 */
	@Override
	public UnfinishedLine unfinishedLine() {
		return this.unfinishedLine;
	}

	/** More bytes arrive: the text's, one byte per character. */
	ArrivingBytes arrive(String text) {
		byte[] more = text.getBytes(StandardCharsets.ISO_8859_1);
		return arrive(more, 0, more.length);
	}

	ArrivingBytes arrive(byte[] source, int offset, int length) {
		if (this.arrived + length > this.bytes.length) {
			this.bytes = Arrays.copyOf(this.bytes, Math.max(this.arrived + length, this.bytes.length * 2));
		}
		System.arraycopy(source, offset, this.bytes, this.arrived, length);
		this.arrived += length;
		return this;
	}

	/** No more bytes will arrive: reading past them gives the end of the stream. */
	void end() {
		this.ended = true;
	}

	@Override
	public int read() {
		if (this.position == this.arrived) {
			return endOrFail();
		}
		return this.bytes[this.position++] & 0xff;
	}

	@Override
	public int read(byte[] target, int offset, int length) {
		if (length > 0 && this.position == this.arrived) {
			return endOrFail();
		}
		int count = Math.min(length, this.arrived - this.position);
		System.arraycopy(this.bytes, this.position, target, offset, count);
		this.position += count;
		return count;
	}

	private int endOrFail() {
		if (this.ended) {
			return -1;
		}
		throw new IllegalStateException("the deserializer waited for bytes that have not arrived");
	}

	@Override
	public int available() {
		return this.arrived - this.position;
	}

	@Override
	public boolean markSupported() {
		return this.inBulk;
	}

	@Override
	public void mark(int readLimit) {
		this.mark = this.position;
	}

	@Override
	public void reset() {
		this.position = this.mark;
	}

	@Override
	public long skip(long count) {
		int skipped = (int) Math.min(count, available());
		this.position += skipped;
		return skipped;
	}

}
