package io.github.comunicacaosockets.observability;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.integration.ip.tcp.connection.AbstractConnectionFactory;

import io.github.comunicacaosockets.config.ChatProperties;

/**
 * The {@code tcp} health component: a server is UP while it listens
 * ({@link ServerTcpHealth}), a client while it is connected ({@link ClientTcpHealth}).
 * Both report the role, the port and the number of open connections.
 */
abstract class TcpHealthIndicator implements HealthIndicator {

	private final AbstractConnectionFactory connectionFactory;

	private final ChatProperties properties;

	TcpHealthIndicator(AbstractConnectionFactory connectionFactory, ChatProperties properties) {
		this.connectionFactory = connectionFactory;
		this.properties = properties;
	}

	@Override
	public Health health() {
		int open = this.connectionFactory.getOpenConnectionIds().size();
		return (isUp(open) ? Health.up() : Health.down()).withDetail("role", this.properties.role().value())
			.withDetail("host", this.properties.host())
			.withDetail("port", this.connectionFactory.getPort())
			.withDetail("connections", open)
			.build();
	}

	/** Whether this end can talk now, with this many connections open. */
	abstract boolean isUp(int openConnections);

}
