package io.github.comunicacaosockets.tcp;

import java.io.IOException;
import java.time.Duration;

import org.springframework.context.MessageSourceResolvable;

import io.github.comunicacaosockets.codec.RejectionReason;

/**
 * A frame was given up: it grew past the bound, did not end in time, or the peer left in the
 * middle of it.
 * Either way the connection cannot go on, so this is an {@link IOException}, which makes Spring
 * Integration close that connection (and only that one).
 */
public final class FrameRejectedException extends IOException {

	private final RejectionReason reason;

	private final int bytesSeen;

	private final MessageSourceResolvable description;

	FrameRejectedException(RejectionReason reason, int bytesSeen, MessageSourceResolvable description) {
		super(reason.tag() + " frame, " + bytesSeen + " bytes seen", null);
		this.reason = reason;
		this.bytesSeen = bytesSeen;
		this.description = description;
	}

	static FrameRejectedException tooLarge(int bytesSeen, int maxFrameBytes) {
		return new FrameRejectedException(RejectionReason.TOO_LARGE, bytesSeen,
				RejectionReason.TOO_LARGE.description(maxFrameBytes, bytesSeen));
	}

	static FrameRejectedException tooSlow(int bytesSeen, Duration frameTimeout) {
		return new FrameRejectedException(RejectionReason.TOO_SLOW, bytesSeen,
				RejectionReason.TOO_SLOW.description(frameTimeout.toSeconds(), bytesSeen));
	}

	static FrameRejectedException incomplete(int bytesSeen) {
		return new FrameRejectedException(RejectionReason.INCOMPLETE, bytesSeen,
				RejectionReason.INCOMPLETE.description(bytesSeen));
	}

	public RejectionReason reason() {
		return this.reason;
	}

	public int bytesSeen() {
		return this.bytesSeen;
	}

	/** The reason in words, for the console, as a message code and its arguments. */
	public MessageSourceResolvable description() {
		return this.description;
	}

	@Override
	public synchronized Throwable fillInStackTrace() {
		return this;
	}

}
