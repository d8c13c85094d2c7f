package io.github.comunicacaosockets.support;

import java.time.Duration;

import org.springframework.core.env.Environment;
import org.springframework.integration.ip.tcp.connection.AbstractServerConnectionFactory;

import static org.awaitility.Awaitility.await;

/**
 * The server of a {@link ServerTest}, as its peers and its operator reach it: the chat
 * port once it listens, and its Actuator over HTTP.
 */
public class ServerUnderTest {

	private final AbstractServerConnectionFactory connectionFactory;

	private final Environment environment;

	ServerUnderTest(AbstractServerConnectionFactory connectionFactory, Environment environment) {
		this.connectionFactory = connectionFactory;
		this.environment = environment;
	}

	/** The chat port, waiting until the server listens on it. */
	public int chatPort() {
		await().pollDelay(Duration.ZERO).atMost(WirePeer.TIMEOUT).until(this.connectionFactory::isListening);
		return this.connectionFactory.getPort();
	}

	/** A new plain-socket peer connected to the chat port. */
	public WirePeer connect() {
		return WirePeer.connect(chatPort());
	}

	/** How many connections the server has open now. */
	public int openConnections() {
		return this.connectionFactory.getOpenConnectionIds().size();
	}

	public Actuator actuator() {
		return new Actuator(this.environment.getRequiredProperty("local.server.port", Integer.class));
	}

}
