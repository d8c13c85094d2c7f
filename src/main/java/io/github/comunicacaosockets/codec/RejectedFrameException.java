package io.github.comunicacaosockets.codec;

/**
 * A frame that cannot be delivered as a message, with the reason and a description for the console.
 * It carries no stack trace: a rejected frame is an expected outcome of a peer's input, not a bug.
 */
public final class RejectedFrameException extends RuntimeException {

	private final RejectionReason reason;

	public RejectedFrameException(RejectionReason reason, String description) {
		super(description, null, false, false);
		this.reason = reason;
	}

	public RejectionReason reason() {
		return this.reason;
	}

}
