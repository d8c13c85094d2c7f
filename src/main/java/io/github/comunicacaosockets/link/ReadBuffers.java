package io.github.comunicacaosockets.link;

import java.nio.ByteBuffer;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The buffers connections read into, lent for one read at a time. Spring Integration
 * gives each NIO connection a 60 KiB buffer of its own, kept from its first byte to its
 * close: 10,000 peers that each sent one byte held 600 MiB. A connection of ours keeps
 * only the line it has left unfinished, and borrows a buffer while it reads; there are
 * about as many buffers as reading threads.
 */
final class ReadBuffers {

	/** The size of one read: what Spring Integration reads at a time, rounded up. */
	static final int SIZE = 64 * 1024;

	private static final int KEPT = 64;

	private final ConcurrentLinkedQueue<ByteBuffer> idle = new ConcurrentLinkedQueue<>();

	private final AtomicInteger idleCount = new AtomicInteger();

	/** An empty buffer to read into; give it back with {@link #giveBack}. */
	ByteBuffer borrow() {
		ByteBuffer buffer = this.idle.poll();
		if (buffer == null) {
			return ByteBuffer.allocate(SIZE);
		}
		this.idleCount.decrementAndGet();
		return buffer;
	}

	void giveBack(ByteBuffer buffer) {
		if (this.idleCount.incrementAndGet() <= KEPT) {
			buffer.clear();
			this.idle.offer(buffer);
		}
		else {
			this.idleCount.decrementAndGet();
		}
	}

}
