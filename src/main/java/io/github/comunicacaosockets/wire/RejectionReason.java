package io.github.comunicacaosockets.wire;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Why a frame from a peer was not delivered as a message. The tag is the value of the
 * {@code reason} tag on {@code chat.messages.rejected}.
 */
public enum RejectionReason {

	/**
	 * Characters other than 0, 1 and spaces, or a digit count that is not a multiple of
	 * 8.
	 */
	MALFORMED_BITS("malformed-bits"),

	/**
	 * Bytes that are not valid UTF-8; the text is still shown, with replacement
	 * characters.
	 */
	INVALID_UTF8("invalid-utf8"),

	/** A frame with nothing in it, such as a bare line end. */
	EMPTY("empty"),

	/**
	 * A frame larger than {@code chat.max-message-bytes}; the connection that sent it is
	 * closed.
	 */
	TOO_LARGE("too-large"),

	/** A frame cut short because the peer closed the connection in the middle of it. */
	INCOMPLETE("incomplete"),

	/**
	 * A frame not finished within {@code chat.frame-timeout}; the connection that sent it
	 * is closed.
	 */
	TOO_SLOW("too-slow"),

	/**
	 * A frame whose error check ({@code chat.wire.check}) failed: bits were flipped on
	 * the way.
	 */
	CHECK_FAILED("check-failed"),

	/**
	 * A frame laid out for another error check than this side's: the two ends of the link
	 * disagree on {@code chat.wire.check}.
	 */
	CHECK_MISMATCH("check-mismatch"),

	/**
	 * A frame that failed for a reason of ours, not the peer's; the log has the details.
	 */
	PROCESSING_ERROR("processing-error");

	private final String tag;

	RejectionReason(String tag) {
		this.tag = tag;
	}

	/**
	 * Whether the connection that sent such a frame is closed: the rest of its stream
	 * cannot be framed.
	 */
	public boolean closesConnection() {
		return this == TOO_LARGE || this == INCOMPLETE || this == TOO_SLOW;
	}

	public String tag() {
		return this.tag;
	}

	/** The reason in words, for the console: the message {@code rejection.<tag>}. */
	public MessageSourceResolvable description(Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { "rejection." + this.tag }, arguments);
	}

}
