package io.github.comunicacaosockets.link;

import java.io.IOException;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * A peer does not read what is sent to it: its socket took nothing for
 * {@code chat.send-timeout}, or more than {@code chat.send-buffer} bytes would be waiting
 * for it.
 */
public final class SlowReaderException extends IOException {

	private final long waitingBytes;

	private final @Nullable Duration stalledFor;

	private SlowReaderException(String message, long waitingBytes, @Nullable Duration stalledFor) {
		super(message);
		this.waitingBytes = waitingBytes;
		this.stalledFor = stalledFor;
	}

	static SlowReaderException stalled(long waitingBytes, Duration timeout) {
		return new SlowReaderException(
				"The peer read nothing for " + timeout + " with " + waitingBytes + " bytes waiting", waitingBytes,
				timeout);
	}

	static SlowReaderException overTheBound(long waitingBytes, long bound) {
		return new SlowReaderException(
				"The peer would have " + waitingBytes + " bytes waiting, over the bound of " + bound, waitingBytes,
				null);
	}

	/** How many bytes were waiting for the peer. */
	public long waitingBytes() {
		return this.waitingBytes;
	}

	/**
	 * How long the peer read nothing, or {@code null} if the bytes waiting passed their
	 * bound.
	 */
	public @Nullable Duration stalledFor() {
		return this.stalledFor;
	}

}
