package io.github.comunicacaosockets.link;

import java.time.Duration;
import java.util.function.LongSupplier;

import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.integration.ip.tcp.connection.TcpConnectionCloseEvent;

/**
 * How long a client waits before it tries the server again. A server that is not up is
 * tried every {@code chat.retry-interval}; after a setback (the server refused the
 * connection, or its TLS handshake failed) the wait doubles with each setback in a row,
 * from {@code chat.retry-interval} up to {@link #LONGEST_WAIT}, so that a full server is
 * not hammered by every waiting client. A connection that was admitted and closed later
 * starts the count again.
 */
public final class ReconnectPacing {

	/**
	 * The longest wait after setbacks, unless {@code chat.retry-interval} itself is
	 * longer.
	 */
	static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

	private final Duration interval;

	private final LongSupplier nanoTime;

	private int setbacks;

	private long lastAttempt;

	private long notBefore;

	private @Nullable String setbackConnection;

	public ReconnectPacing(Duration interval) {
		this(interval, System::nanoTime);
	}

	ReconnectPacing(Duration interval, LongSupplier nanoTime) {
		this.interval = interval;
		this.nanoTime = nanoTime;
		this.lastAttempt = nanoTime.getAsLong();
		this.notBefore = this.lastAttempt;
	}

	/**
	 * Whether a new connection may be tried now. Attempts come every
	 * {@code chat.retry-interval}; one half an interval early for the end of a wait is on
	 * time.
	 */
	synchronized boolean mayConnect() {
		return this.nanoTime.getAsLong() - (this.notBefore - this.interval.toNanos() / 2) >= 0;
	}

	/** A new connection is being tried. */
	synchronized void attempting() {
		this.lastAttempt = this.nanoTime.getAsLong();
	}

	/**
	 * The server turned this connection down.
	 * @param connectionId the connection
	 * @return how long until the next attempt
	 */
	public synchronized Duration setback(String connectionId) {
		if (connectionId.equals(this.setbackConnection)) {
			return wait(this.setbacks);
		}
		this.setbackConnection = connectionId;
		this.setbacks++;
		Duration wait = wait(this.setbacks);
		this.notBefore = this.lastAttempt + wait.toNanos();
		return wait;
	}

	/** A connection closed; one the server did not turn down ends the run of setbacks. */
	@EventListener
	void closed(TcpConnectionCloseEvent event) {
		closed(event.getConnectionId());
	}

	synchronized void closed(String connectionId) {
		if (!connectionId.equals(this.setbackConnection)) {
			this.setbacks = 0;
		}
	}

	private Duration wait(int setbacks) {
		Duration longest = (this.interval.compareTo(LONGEST_WAIT) > 0) ? this.interval : LONGEST_WAIT;
		Duration wait = this.interval;
		for (int i = 1; i < setbacks && wait.compareTo(longest) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return (wait.compareTo(longest) > 0) ? longest : wait;
	}

}
