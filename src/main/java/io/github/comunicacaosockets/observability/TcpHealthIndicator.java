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
		boolean up;
		Health.Builder builder;
		if (this.connectionFactory instanceof AbstractServerConnectionFactory server) {
			up = server.isListening();
			builder = (up ? Health.up() : Health.down()).withDetail("role", "server")
				.withDetail("host", this.properties.host())
				.withDetail("port", server.getPort());
		}
		else {
			up = open > 0;
			builder = (up ? Health.up() : Health.down()).withDetail("role", "client")
				.withDetail("host", this.properties.host())
				.withDetail("port", this.connectionFactory.getPort());
		}
		return builder.withDetail("connections", open).build();
	}

}
