package io.github.comunicacaosockets.link;

import org.jspecify.annotations.Nullable;

import org.springframework.integration.ip.tcp.connection.TcpConnection;

/**
 * A connection made by {@link ChatConnectionSupport}: it owns its {@link Peer}, created
 * with it, which everything that hears of the connection (its messages, its rejected
 * frames, its close) reaches through it rather than by looking its id up.
 */
interface ChatConnection {

	Peer peer();

	/** How many bytes of a line the peer has sent and not ended yet. */
	int unfinishedBytes();

	/** The peer a connection owns, or {@code null} for a connection not made by us. */
	static @Nullable Peer peerOf(TcpConnection connection) {
		return (connection instanceof ChatConnection owned) ? owned.peer() : null;
	}

}
