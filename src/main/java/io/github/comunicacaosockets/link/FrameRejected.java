package io.github.comunicacaosockets.link;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSourceResolvable;

import io.github.comunicacaosockets.wire.RejectedFrameException;
import io.github.comunicacaosockets.wire.RejectionReason;

/**
 * Event: a frame from a peer was not delivered as a message. When its reason
 * {@linkplain RejectionReason#closesConnection() closes the connection}, it is published
 * before that connection's close.
 *
 * @param connectionId the connection the frame came from
 * @param peer who sent it, or {@code null} for a connection not made by us
 * @param cause why it was rejected
 */
public record FrameRejected(String connectionId, @Nullable Peer peer, RejectedFrameException cause) {

	public RejectionReason reason() {
		return this.cause.reason();
	}

	/** The reason in words, for the console: a message code and its arguments. */
	public MessageSourceResolvable description() {
		return this.cause.description();
	}

}
