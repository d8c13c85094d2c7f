package io.github.comunicacaosockets.link;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

import org.springframework.scheduling.TaskScheduler;

import io.github.comunicacaosockets.wire.RejectedFrameException;
import io.github.comunicacaosockets.wire.UnfinishedLine;

/**
 * When an unfinished line is due: {@code chat.frame-timeout} after its first byte.
 *
 * @param frameTimeout how long a peer may take to finish a line it has started
 * @param scheduler where the check runs when the time is up
 */
record FrameTimer(Duration frameTimeout, TaskScheduler scheduler) {

	/**
	 * A new line for a connection to keep, on the clock: a line left unfinished by a read
	 * is given up if it has not ended within the time limit, and {@code whenOverdue} is
	 * told, on the scheduler's thread, what was given up.
	 */
	UnfinishedLine watchedLine(Consumer<RejectedFrameException> whenOverdue) {
		return new UnfinishedLine((line) -> {
			long lineNumber = line.lineNumber();
			this.scheduler.schedule(() -> {
				int givenUp = line.giveUp(lineNumber);
				if (givenUp > 0) {
					whenOverdue.accept(RejectedFrameException.tooSlow(givenUp, this.frameTimeout));
				}
			}, Instant.now().plus(this.frameTimeout));
		});
	}

}
