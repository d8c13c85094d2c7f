package io.github.comunicacaosockets.chat;

import org.jspecify.annotations.Nullable;

/**
 * Who a sent message goes to: the one peer or the one that spoke last ({@link #reply()}),
 * one peer by number, or everyone.
 *
 * @param number the peer's number, or {@code null}
 * @param all whether to broadcast
 */
public record Recipients(@Nullable Integer number, boolean all) {

	public static Recipients reply() {
		return new Recipients(null, false);
	}

	public static Recipients number(int number) {
		return new Recipients(number, false);
	}

	public static Recipients everyone() {
		return new Recipients(null, true);
	}

}
