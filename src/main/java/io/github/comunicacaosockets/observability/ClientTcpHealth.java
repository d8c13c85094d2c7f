package io.github.comunicacaosockets.observability;

import org.springframework.integration.ip.tcp.connection.AbstractConnectionFactory;
import org.springframework.stereotype.Component;

import io.github.comunicacaosockets.config.ChatProperties;
import io.github.comunicacaosockets.config.ClientRole;

/** A client is UP while it is connected to its server. */
@Component("tcp")
@ClientRole
class ClientTcpHealth extends TcpHealthIndicator {

	ClientTcpHealth(AbstractConnectionFactory connectionFactory, ChatProperties properties) {
		super(connectionFactory, properties);
	}

	@Override
	boolean isUp(int openConnections) {
		return openConnections > 0;
	}

}
