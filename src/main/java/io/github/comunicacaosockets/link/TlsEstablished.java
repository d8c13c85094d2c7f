package io.github.comunicacaosockets.link;

import org.jspecify.annotations.Nullable;

import org.springframework.integration.ip.tcp.connection.TcpConnection;
import org.springframework.integration.ip.tcp.connection.TcpConnectionEvent;

/**
 * Event: a TLS connection completed its handshake; until then the peer is not announced.
 */
class TlsEstablished extends TcpConnectionEvent {

	TlsEstablished(TcpConnection connection, @Nullable String connectionFactoryName) {
		super(connection, connectionFactoryName);
	}

}
