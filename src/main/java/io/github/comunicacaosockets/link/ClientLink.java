package io.github.comunicacaosockets.link;

import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.time.Duration;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;

/**
 * A client's end of its link. Its TLS engine is given {@code chat.host}, the host it
 * connects to, so the server's certificate can be checked against it (Spring
 * Integration's engines have no host, and with host checks on every handshake fails); it
 * sends its first handshake record as soon as it connects; and after each setback it
 * waits longer before it tries again ({@link ReconnectPacing}).
 */
final class ClientLink implements LinkRole {

	private final String host;

	private final int port;

	private final ReconnectPacing pacing;

	ClientLink(String host, int port, ReconnectPacing pacing) {
		this.host = host;
		this.port = port;
		this.pacing = pacing;
	}

	/** A client's own connection to its server counts nothing. */
	@Override
	public Seat admit(SocketChannel socket, @Nullable ApplicationEventPublisher publisher) {
		return Seat.NONE;
	}

	@Override
	public SSLEngine engine(SSLContext context) {
		SSLEngine engine = context.createSSLEngine(this.host, this.port);
		SSLParameters parameters = engine.getSSLParameters();
		parameters.setEndpointIdentificationAlgorithm("HTTPS");
		engine.setSSLParameters(parameters);
		return engine;
	}

	@Override
	public void opened(TlsNioConnection connection) throws IOException {
		connection.startHandshake();
	}

	@Override
	public Duration setback(Peer peer) {
		return this.pacing.setback(peer.connectionId());
	}

	@Override
	public void closeFailedTls(TlsNioConnection connection) {
		connection.close();
	}

}
