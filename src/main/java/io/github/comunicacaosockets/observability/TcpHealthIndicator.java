package io.github.comunicacaosockets.observability;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.integration.ip.tcp.connection.AbstractConnectionFactory;
import org.springframework.integration.ip.tcp.connection.AbstractServerConnectionFactory;
import org.springframework.stereotype.Component;

import io.github.comunicacaosockets.config.ChatProperties;

/**
 * The {@code tcp} health component: a server is UP while it listens, a client while it is
 * connected. Both report the port and the number of open connections.
 */
@Component("tcp")
public class TcpHealthIndicator implements HealthIndicator {

	private final AbstractConnectionFactory connectionFactory;

	private final ChatProperties properties;

	public TcpHealthIndicator(AbstractConnectionFactory connectionFactory, ChatProperties properties) {
		this.connectionFactory = connectionFactory;
		this.properties = properties;
	}

	@Override
	public Health health() {
		int open = this.connectionFactory.getOpenConnectionIds().size();
		boolean server = this.connectionFactory instanceof AbstractServerConnectionFactory;
		boolean up = server ? ((AbstractServerConnectionFactory) this.connectionFactory).isListening() : open > 0;
		return (up ? Health.up() : Health.down()).withDetail("role", server ? "server" : "client")
			.withDetail("host", this.properties.host())
			.withDetail("port", this.connectionFactory.getPort())
			.withDetail("connections", open)
			.build();
	}

}
