package io.github.comunicacaosockets.link;

import org.jspecify.annotations.Nullable;

import org.springframework.integration.ip.tcp.connection.TcpConnection;
import org.springframework.integration.ip.tcp.connection.TcpConnectionEvent;

/** Event: a plain-text connection's first bytes are a TLS record; it is being closed. */
class TlsRecordsReceived extends TcpConnectionEvent {

	TlsRecordsReceived(TcpConnection connection, @Nullable String connectionFactoryName) {
		super(connection, connectionFactoryName);
	}

}
