package io.github.comunicacaosockets.link;

import java.net.InetAddress;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;

/**
 * A connection's place among the server's live connections ({@link Seats}): taken when it
 * is admitted, given back once, when it closes, or when its holder turns out to be gone.
 */
final class Seat {

	/** The seat of a client's connection, which counts nothing. */
	static final Seat NONE = new Seat(null, null);

	private final @Nullable Seats seats;

	private final @Nullable InetAddress address;

	private final AtomicBoolean released = new AtomicBoolean();

	private volatile @Nullable ChatConnection holder;

	Seat(@Nullable Seats seats, @Nullable InetAddress address) {
		this.seats = seats;
		this.address = address;
	}

	/** The connection made for this seat, once it exists. */
	void heldBy(ChatConnection connection) {
		this.holder = connection;
	}

	boolean isFrom(InetAddress address) {
		return address.equals(this.address);
	}

	/**
	 * Whether its connection is still there, after reading what its peer has sent: a peer
	 * that has gone gives the seat back here.
	 */
	boolean isStillHeld() {
		ChatConnection connection = this.holder;
		if (connection != null && !connection.isStillThere()) {
			release();
		}
		return !this.released.get();
	}

	/** Gives the seat back; only the first call counts. */
	void release() {
		if (this.seats != null && this.released.compareAndSet(false, true)) {
			this.seats.released(this);
		}
	}

}
