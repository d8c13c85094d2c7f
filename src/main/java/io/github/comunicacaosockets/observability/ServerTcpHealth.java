package io.github.comunicacaosockets.observability;

import org.springframework.integration.ip.tcp.connection.AbstractServerConnectionFactory;
import org.springframework.stereotype.Component;

import io.github.comunicacaosockets.config.ChatProperties;
import io.github.comunicacaosockets.config.ServerRole;

/** A server is UP while it listens, whether or not a client is connected. */
@Component("tcp")
@ServerRole
class ServerTcpHealth extends TcpHealthIndicator {

	private final AbstractServerConnectionFactory connectionFactory;

	ServerTcpHealth(AbstractServerConnectionFactory connectionFactory, ChatProperties properties) {
		super(connectionFactory, properties);
		this.connectionFactory = connectionFactory;
	}

	@Override
	boolean isUp(int openConnections) {
		return this.connectionFactory.isListening();
	}

}
