package io.github.comunicacaosockets.wire;

import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import io.github.comunicacaosockets.config.ChatProperties.Check;

/**
 * A frame from a peer that is not delivered as a message, wherever that was found: by the
 * deserializer (too large, too slow, cut off), by the codec (not bits) or by the
 * transformer (empty, not UTF-8). It carries the reason, how many bytes of the frame were
 * seen, and a description for the console (a message code of its bundle, with arguments).
 * It has no stack trace: a rejected frame is an expected outcome of a peer's input, not a
 * bug.
 */
public final class RejectedFrameException extends RuntimeException {

	private final RejectionReason reason;

	private final int bytesSeen;

	private final MessageSourceResolvable description;

	private RejectedFrameException(RejectionReason reason, int bytesSeen, MessageSourceResolvable description) {
		super(reason.tag(), null, false, false);
		this.reason = reason;
		this.bytesSeen = bytesSeen;
		this.description = description;
	}

	/** A line that grew past {@code chat.max-message-bytes}. */
	public static RejectedFrameException tooLarge(int bytesSeen, int maxFrameBytes) {
		return new RejectedFrameException(RejectionReason.TOO_LARGE, bytesSeen,
				RejectionReason.TOO_LARGE.description(maxFrameBytes, bytesSeen));
	}

	/** A line not ended within {@code chat.frame-timeout}. */
	public static RejectedFrameException tooSlow(int bytesSeen, Duration frameTimeout) {
		return new RejectedFrameException(RejectionReason.TOO_SLOW, bytesSeen,
				RejectionReason.TOO_SLOW.description(frameTimeout.toSeconds(), bytesSeen));
	}

	/** A line the peer left unfinished when its connection closed. */
	public static RejectedFrameException incomplete(int bytesSeen) {
		return new RejectedFrameException(RejectionReason.INCOMPLETE, bytesSeen,
				RejectionReason.INCOMPLETE.description(bytesSeen));
	}

	/** A frame with nothing in it. */
	public static RejectedFrameException empty() {
		return new RejectedFrameException(RejectionReason.EMPTY, 0, RejectionReason.EMPTY.description());
	}

	/**
	 * Bytes that are not valid UTF-8; the text is still shown, with replacement
	 * characters.
	 */
	public static RejectedFrameException invalidUtf8(int bytesSeen) {
		return new RejectedFrameException(RejectionReason.INVALID_UTF8, bytesSeen,
				RejectionReason.INVALID_UTF8.description());
	}

	/**
	 * A frame whose error check failed. With parity, the description names the bytes
	 * whose parity failed and shows the frame's bits with those bytes in brackets.
	 * @param readsAsText whether the digits also read as text with no check, so that the
	 * other side may use none
	 */
	public static RejectedFrameException checkFailed(LinkCheck linkCheck, byte[] digits, LinkCheck.Checked checked,
			boolean readsAsText) {
		String check = linkCheck.check().value();
		if (checked.badBytes().isEmpty()) {
			return new RejectedFrameException(RejectionReason.CHECK_FAILED, digits.length,
					new DefaultMessageSourceResolvable(
							new String[] { "rejection.check-failed" + (readsAsText ? ".or-none" : "") },
							new Object[] { check, linkCheck.grouped(digits) }));
		}
		String bytes = checked.badBytes()
			.stream()
			.map((index) -> String.valueOf(index + 1))
			.collect(Collectors.joining(", "));
		return new RejectedFrameException(RejectionReason.CHECK_FAILED, digits.length,
				new DefaultMessageSourceResolvable(
						new String[] { "rejection.check-failed.parity"
								+ ((checked.badBytes().size() == 1) ? ".one" : ".other") },
						new Object[] { bytes, linkCheck.bracketed(digits, checked.badBytes()) }));
	}

	/**
	 * A frame laid out for another check than this side's: the description names both,
	 * says what the frame's layout is, and shows its bits grouped as that check groups
	 * them.
	 */
	static RejectedFrameException checkMismatch(Check ours, Check theirs, byte[] digits) {
		return new RejectedFrameException(RejectionReason.CHECK_MISMATCH, digits.length,
				RejectionReason.CHECK_MISMATCH.description(theirs.value(), ours.value(),
						new DefaultMessageSourceResolvable("check.layout." + theirs.value()),
						new LinkCheck(theirs).grouped(digits)));
	}

	/** A frame that failed for a reason of ours, not the peer's. */
	public static RejectedFrameException processingError() {
		return new RejectedFrameException(RejectionReason.PROCESSING_ERROR, 0,
				RejectionReason.PROCESSING_ERROR.description());
	}

	/** Not bits: the message {@code code} of the console's bundle says what is wrong. */
	static RejectedFrameException malformedBits(int bytesSeen, String code, Object... arguments) {
		return new RejectedFrameException(RejectionReason.MALFORMED_BITS, bytesSeen,
				new DefaultMessageSourceResolvable(new String[] { code }, arguments));
	}

	public RejectionReason reason() {
		return this.reason;
	}

	/** How many bytes of the frame were seen before it was rejected. */
	public int bytesSeen() {
		return this.bytesSeen;
	}

	/** The reason in words, for the console, as a message code and its arguments. */
	public MessageSourceResolvable description() {
		return this.description;
	}

	/**
	 * The reason's tag and size, then the message code and its arguments, for a log line.
	 */
	@Override
	public String getMessage() {
		return this.reason.tag() + " frame, " + this.bytesSeen + " bytes seen: "
				+ String.join(",", this.description.getCodes()) + " "
				+ Arrays.toString(this.description.getArguments());
	}

}
