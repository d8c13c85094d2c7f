package io.github.comunicacaosockets.link;

import org.springframework.context.MessageSourceResolvable;

import io.github.comunicacaosockets.wire.RejectedFrameException;
import io.github.comunicacaosockets.wire.RejectionReason;

/**
 * Event: a frame from a peer was not delivered as a message ({@link FrameRejections}).
 * When its reason {@linkplain RejectionReason#closesConnection() closes the connection},
 * it is published before that connection's close.
 *
 * @param peer who sent it
 * @param cause why it was rejected
 * @param firstOfItsReason whether it is the first frame from this peer rejected for this
 * reason (the one a hint or a notice goes with)
 */
public record FrameRejected(Peer peer, RejectedFrameException cause, boolean firstOfItsReason) {

	public RejectionReason reason() {
		return this.cause.reason();
	}

	/** The reason in words, for the console: a message code and its arguments. */
	public MessageSourceResolvable description() {
		return this.cause.description();
	}

}
