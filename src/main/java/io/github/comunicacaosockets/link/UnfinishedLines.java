package io.github.comunicacaosockets.link;

import java.time.Duration;
import java.time.Instant;

import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.TaskScheduler;

import io.github.comunicacaosockets.wire.RejectedFrameException;
import io.github.comunicacaosockets.wire.UnfinishedLine;

/**
 * What becomes of the lines peers leave unfinished, the same for plain and TLS
 * connections: one not ended within {@code chat.frame-timeout} of its first byte is given
 * up, and one left when its connection closes is reported as incomplete.
 *
 * @param frameTimeout how long a peer may take to finish a line it has started
 * @param scheduler where the check runs when the time is up
 * @param rejections where the lines given up are announced
 */
record UnfinishedLines(Duration frameTimeout, TaskScheduler scheduler, FrameRejections rejections) {

	/**
	 * A new line for a connection to keep, on the clock: a line left unfinished by a read
	 * that has not ended within the time limit is given up, announced, and
	 * {@code closeConnection} is run, on the scheduler's thread, if the peer is still
	 * connected. A peer that trickles bytes cannot hold its place.
	 */
	UnfinishedLine watchedLine(Peer peer, Runnable closeConnection) {
		return new UnfinishedLine((line) -> {
			long lineNumber = line.lineNumber();
			try {
				this.scheduler.schedule(() -> {
					int givenUp = line.giveUp(lineNumber);
					if (givenUp > 0 && peer.isConnected()) {
						this.rejections.reject(peer, RejectedFrameException.tooSlow(givenUp, this.frameTimeout));
						closeConnection.run();
					}
				}, Instant.now().plus(this.frameTimeout));
			}
			catch (TaskRejectedException ex) {
				// the application is stopping, and its shutdown closes every connection
				// within a bound of its own, while the last bytes are still being read
			}
		});
	}

	/**
	 * Reports the part of a line {@code peer} left unfinished, if nothing more of it
	 * waits to be read, as an incomplete frame: its connection is closing.
	 * @param unreadBytes how many bytes of the peer's wait to be read
	 */
	void connectionClosing(Peer peer, UnfinishedLine line, int unreadBytes) {
		int unfinished = line.connectionClosed(unreadBytes);
		if (unfinished > 0) {
			this.rejections.reject(peer, RejectedFrameException.incomplete(unfinished));
		}
	}

}
