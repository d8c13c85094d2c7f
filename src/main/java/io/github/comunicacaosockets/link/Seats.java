package io.github.comunicacaosockets.link;

import java.net.InetAddress;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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

	void released(Seat seat) {
		this.taken.remove(seat);
	}

}
