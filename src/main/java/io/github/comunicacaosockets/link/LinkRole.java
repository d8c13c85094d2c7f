package io.github.comunicacaosockets.link;

import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.time.Duration;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;

/**
 * What the two ends of a link do differently with their sockets: a server admits the
 * sockets it accepts and tells a peer that speaks no TLS why it is closed; a client
 * checks the server's certificate against the host it connects to, starts the TLS
 * handshake, and waits longer after each setback. {@link ServerPeerConfiguration} or
 * {@link ClientPeerConfiguration} makes the one this process is.
 */
interface LinkRole {

	/**
	 * Takes a new socket in, before anything it sends is read.
	 * @return the seat it takes among the server's connections ({@link Seat#NONE} on a
	 * client)
	 * @throws ServerLink.RefusedOnAccept when the server refuses it; the socket is closed
	 * already
	 */
	Seat admit(SocketChannel socket, @Nullable ApplicationEventPublisher publisher);

	/** The TLS engine for a new connection. */
	SSLEngine engine(SSLContext context);

	/** A TLS connection has just been made. */
	void opened(TlsNioConnection connection) throws IOException;

	/**
	 * The other end turned a connection down (its TLS failed, or it refused us).
	 * @return how long until this end tries again; none on a server, which tries nobody
	 */
	@Nullable Duration setback(Peer peer);

	/** Closes a TLS connection whose handshake did not come through. */
	void closeFailedTls(TlsNioConnection connection);

}
