package io.github.comunicacaosockets.link;

import java.net.InetAddress;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;

/**
 * A connection's place among the server's live connections ({@link Seats}): taken when it
 * is admitted, given back once, when it closes.
 */
final class Seat {

	/** The seat of a client's connection, which counts nothing. */
	static final Seat NONE = new Seat(null, null);

	private final @Nullable Seats seats;

	private final @Nullable InetAddress address;

	private final AtomicBoolean released = new AtomicBoolean();

	Seat(@Nullable Seats seats, @Nullable InetAddress address) {
		this.seats = seats;
		this.address = address;
	}

	boolean isFrom(InetAddress address) {
		return address.equals(this.address);
	}

	/** Gives the seat back; only the first call counts. */
	void release() {
		if (this.seats != null && this.released.compareAndSet(false, true)) {
			this.seats.released(this);
		}
	}

}
