package io.github.comunicacaosockets.tcp;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A connection's place among the server's live connections: taken when it is admitted, given back
 * once, when it closes. What {@code chat.max-connections} counts.
 */
final class Seat {

	/** The seat of a client's connection, which counts nothing. */
	static final Seat NONE = new Seat(new AtomicInteger());

	private final AtomicInteger taken;

	private final AtomicBoolean released = new AtomicBoolean();

	private Seat(AtomicInteger taken) {
		this.taken = taken;
	}

	/** Takes a seat among {@code taken}. */
	static Seat take(AtomicInteger taken) {
		taken.incrementAndGet();
		return new Seat(taken);
	}

	/** Gives the seat back; only the first call counts. */
	void release() {
		if (this != NONE && this.released.compareAndSet(false, true)) {
			this.taken.decrementAndGet();
		}
	}

}
