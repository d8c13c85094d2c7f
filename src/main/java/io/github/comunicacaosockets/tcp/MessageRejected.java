package io.github.comunicacaosockets.tcp;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSourceResolvable;

import io.github.comunicacaosockets.codec.RejectionReason;

/**
 * Event: a frame from a peer was not delivered as a message.
 *
 * @param peer who sent it, or {@code null} if that is not known
 * @param reason why it was rejected
 * @param description the reason in words, for the console: a message code and its arguments
 */
public record MessageRejected(@Nullable Peer peer, RejectionReason reason,
		MessageSourceResolvable description) {
}
