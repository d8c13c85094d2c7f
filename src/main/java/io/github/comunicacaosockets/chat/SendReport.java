package io.github.comunicacaosockets.chat;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSourceResolvable;
import io.github.comunicacaosockets.link.Peer;

/**
 * What became of one {@code send}: the peers it reached, those it failed to reach and
 * why, or why nothing was sent at all. Published as an event when the message reached
 * someone: one message typed, however many peers it went to.
 *
 * @param text the message
 * @param bits the message's bits, grouped for reading
 * @param delivered the peers the message was written to
 * @param failed the peers it could not be written to, with the reason
 * @param refusal why nothing was attempted (a message code and its arguments), or
 * {@code null}
 */
public record SendReport(String text, String bits, List<Peer> delivered, List<Failure> failed,
		@Nullable MessageSourceResolvable refusal) {

	static SendReport refused(String text, String bits, MessageSourceResolvable refusal) {
		return new SendReport(text, bits, List.of(), List.of(), refusal);
	}

	/**
	 * A peer the message could not be written to, and why (a message code and its
	 * arguments).
	 */
	public record Failure(Peer peer, MessageSourceResolvable reason) {
	}

}
