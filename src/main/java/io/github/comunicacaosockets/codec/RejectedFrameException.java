package io.github.comunicacaosockets.codec;

import java.util.Arrays;

import org.springframework.context.MessageSourceResolvable;

/**
 * A frame that cannot be delivered as a message, with the reason and a description for the console
 * (a message code of its bundle, with arguments). It carries no stack trace: a rejected frame is an
 * expected outcome of a peer's input, not a bug.
 */
public final class RejectedFrameException extends RuntimeException {

	private final RejectionReason reason;

	private final MessageSourceResolvable description;

	public RejectedFrameException(RejectionReason reason, MessageSourceResolvable description) {
		super(reason.tag(), null, false, false);
		this.reason = reason;
		this.description = description;
	}

	/** A rejection described by the reason's own message code, {@code rejection.<tag>}. */
	public RejectedFrameException(RejectionReason reason) {
		this(reason, reason.description());
	}

	public RejectionReason reason() {
		return this.reason;
	}

	public MessageSourceResolvable description() {
		return this.description;
	}

	/** The reason's tag, then the message code and its arguments, for a log line. */
	@Override
	public String getMessage() {
		return this.reason.tag() + ": " + String.join(",", this.description.getCodes()) + " "
				+ Arrays.toString(this.description.getArguments());
	}

}
