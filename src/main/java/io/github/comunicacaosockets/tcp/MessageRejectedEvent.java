package io.github.comunicacaosockets.tcp;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEvent;

import io.github.comunicacaosockets.codec.RejectionReason;

/** A frame from a peer was not delivered as a message. */
public class MessageRejectedEvent extends ApplicationEvent {

	private final @Nullable Peer peer;

	private final RejectionReason reason;

	private final String description;

	public MessageRejectedEvent(Object source, @Nullable Peer peer, RejectionReason reason, String description) {
		super(source);
		this.peer = peer;
		this.reason = reason;
		this.description = description;
	}

	/** The peer that sent the frame, or {@code null} if it is already gone. */
	public @Nullable Peer peer() {
		return this.peer;
	}

	public RejectionReason reason() {
		return this.reason;
	}

	public String description() {
		return this.description;
	}

}
