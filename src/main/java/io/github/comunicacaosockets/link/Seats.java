package io.github.comunicacaosockets.link;

import java.net.InetAddress;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * The server's live connections, as {@code chat.max-connections} and
 * {@code chat.max-connections-per-address} count them: a seat is taken when a connection
 * is admitted and given back when it closes.
 */
final class Seats {

	private final Set<Seat> taken = ConcurrentHashMap.newKeySet();

	Seat take(InetAddress address) {
		Seat seat = new Seat(this, address);
		this.taken.add(seat);
		return seat;
	}

	int count() {
		return this.taken.size();
	}

	int countFrom(InetAddress address) {
		return (int) this.taken.stream().filter((seat) -> seat.isFrom(address)).count();
	}

	/**
	 * Asks the holders of the seats (of one address, or of all) whether they are still
	 * there, so that the seats of peers that have gone, but whose end the server has not
	 * read yet, are given back before anyone is refused for want of one.
	 * @param address the address whose seats to check, or {@code null} for every seat
	 */
	void settle(@Nullable InetAddress address) {
		this.taken.stream().filter((seat) -> address == null || seat.isFrom(address)).forEach(Seat::isStillHeld);
	}

	void released(Seat seat) {
		this.taken.remove(seat);
	}

}
