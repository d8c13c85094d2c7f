package io.github.comunicacaosockets.link;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many plain-text connections are being read at this moment, by any thread: the
 * server's selector reads a connection itself only while none is
 * ({@link ChatServerConnectionFactory}).
 */
final class ReadsInProgress {

	private final AtomicInteger count = new AtomicInteger();

	void started() {
		this.count.incrementAndGet();
	}

	void finished() {
		this.count.decrementAndGet();
	}

	boolean none() {
		return this.count.get() == 0;
	}

}
