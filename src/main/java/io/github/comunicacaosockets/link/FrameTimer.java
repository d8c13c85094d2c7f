package io.github.comunicacaosockets.link;

import java.time.Duration;
import java.time.Instant;

import org.springframework.scheduling.TaskScheduler;

/**
 * When an unfinished line is due: {@code chat.frame-timeout} after its first byte.
 *
 * @param frameTimeout how long a peer may take to finish a line it has started
 * @param scheduler where the check runs when the time is up
 */
record FrameTimer(Duration frameTimeout, TaskScheduler scheduler) {

	void afterTimeout(Runnable check) {
		this.scheduler.schedule(check, Instant.now().plus(this.frameTimeout));
	}

}
