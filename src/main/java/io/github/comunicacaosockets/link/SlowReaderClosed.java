package io.github.comunicacaosockets.link;

import org.jspecify.annotations.Nullable;

import org.springframework.integration.ip.tcp.connection.TcpConnection;
import org.springframework.integration.ip.tcp.connection.TcpConnectionEvent;

/** Event: a connection whose peer does not read what is sent to it is being closed. */
class SlowReaderClosed extends TcpConnectionEvent {

	private final SlowReaderException reason;

	SlowReaderClosed(TcpConnection connection, @Nullable String connectionFactoryName, SlowReaderException reason) {
		super(connection, connectionFactoryName);
		this.reason = reason;
	}

	SlowReaderException reason() {
		return this.reason;
	}

}
