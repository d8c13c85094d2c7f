package io.github.comunicacaosockets.link;

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

	/**
	 * Whether the connection is still open once what its peer has sent so far is read: a
	 * peer that has left is found out here, rather than when a reader next gets to it.
	 * Called on the thread that accepts connections, before one is refused for want of
	 * room.
	 */
	boolean isStillThere();

	/** The peer a connection owns: every connection of the chat is one of ours. */
	static Peer peerOf(TcpConnection connection) {
		return ((ChatConnection) connection).peer();
	}

}
