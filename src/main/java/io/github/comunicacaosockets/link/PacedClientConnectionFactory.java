package io.github.comunicacaosockets.link;

import org.springframework.integration.ip.tcp.connection.TcpConnectionSupport;
import org.springframework.integration.ip.tcp.connection.TcpNioClientConnectionFactory;

/**
 * A client's connection factory that does not open a new connection while the
 * {@link ReconnectPacing} says to wait. Spring Integration's client mode tries every
 * {@code chat.retry-interval}; the attempts that come too early are skipped here, before
 * a socket is opened, and without a connection-failed event (the console has already said
 * when the next attempt is).
 */
public class PacedClientConnectionFactory extends TcpNioClientConnectionFactory {

	private final ReconnectPacing pacing;

	PacedClientConnectionFactory(String host, int port, ReconnectPacing pacing) {
		super(host, port);
		this.pacing = pacing;
	}

	@Override
	protected TcpConnectionSupport obtainConnection() throws InterruptedException {
		TcpConnectionSupport open = obtainSharedConnection();
		if (open != null) {
			return open;
		}
		if (!this.pacing.mayConnect()) {
			throw new WaitingToReconnect();
		}
		this.pacing.attempting();
		return super.obtainConnection();
	}

	/** A connection was asked for while the client waits to try the server again. */
	public static final class WaitingToReconnect extends IllegalStateException {

		public WaitingToReconnect() {
			super("Waiting to try the server again");
		}

		@Override
		public synchronized Throwable fillInStackTrace() {
			return this;
		}

	}

}
