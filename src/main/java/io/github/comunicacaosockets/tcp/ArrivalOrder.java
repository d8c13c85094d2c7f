package io.github.comunicacaosockets.tcp;

import java.util.HashMap;
import java.util.Map;

/**
 * Hands one connection's frames on in the order they arrived. Spring Integration's NIO connection
 * starts assembling the next frame on another thread while the current one is still on its way
 * through the flow, so two frames from one peer can overtake each other (a load of 50 clients x 200
 * messages saw 185 do so). Each frame carries its place on the connection, the sequence number the
 * mapper adds, and is handed on only after every frame before it.
 */
final class ArrivalOrder {

	private final Map<Long, Runnable> waiting = new HashMap<>();

	private long next = 1;

	/** Runs {@code delivery} once every frame before {@code sequence} has been delivered. */
	synchronized void deliver(long sequence, Runnable delivery) {
		if (sequence != this.next) {
			this.waiting.put(sequence, delivery);
			return;
		}
		Runnable current = delivery;
		while (current != null) {
			current.run();
			this.next++;
			current = this.waiting.remove(this.next);
		}
	}

}
