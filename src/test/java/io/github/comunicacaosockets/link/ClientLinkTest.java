package io.github.comunicacaosockets.link;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.github.comunicacaosockets.access.Admission;
import io.github.comunicacaosockets.support.ChatSliceTest;
import io.github.comunicacaosockets.support.LoopbackServerSocket;
import io.github.comunicacaosockets.support.WirePeer;
import io.github.comunicacaosockets.wire.BitCodec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A client's link, chosen by {@code chat.role=client} alone: it connects to its server
 * and reads what it sends, and the server's limits and allow list do not apply to its own
 * connection.
 */
@ChatSliceTest
@DisplayName("A client's link (chat.role=client)")
class ClientLinkTest {

	private static final ServerSocket SERVER = LoopbackServerSocket.listen(1);

	@Autowired
	private ApplicationContext context;

	@Autowired
	private Connections connections;

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) {
		registry.add("chat.role", () -> "client");
		registry.add("chat.port", SERVER::getLocalPort);
		registry.add("chat.retry-interval", () -> "100ms");
		registry.add("chat.max-connections", () -> "1");
		registry.add("chat.allow", () -> "10.9.8.7");
	}

	@AfterAll
	static void stop() throws IOException {
		SERVER.close();
	}

	@Test
	@DisplayName("connects to its server, outside chat.allow and past chat.max-connections, and has the client's beans only")
	void connectsWithoutAdmission() throws IOException {
		try (Socket accepted = SERVER.accept()) {
			accepted.getOutputStream()
				.write((new String(BitCodec.encode("olá".getBytes(StandardCharsets.UTF_8)), StandardCharsets.US_ASCII)
						+ "\n")
					.getBytes(StandardCharsets.US_ASCII));
			Peer server = await().atMost(WirePeer.TIMEOUT)
				.until(() -> this.connections.list().stream().findFirst().orElse(null), (peer) -> peer != null);
			await().atMost(WirePeer.TIMEOUT).until(() -> server.messagesIn() == 1);
			assertThat(server.number()).isOne();
		}
		assertThat(this.context.getBeansOfType(LinkRole.class).values()).singleElement().isInstanceOf(ClientLink.class);
		assertThat(this.context.getBeansOfType(ReconnectPacing.class)).hasSize(1);
		assertThat(this.context.getBeansOfType(Admission.class)).as("a component both roles have").hasSize(1);
	}

}
