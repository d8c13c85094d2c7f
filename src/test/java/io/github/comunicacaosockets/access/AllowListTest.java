package io.github.comunicacaosockets.access;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.test.context.TestPropertySource;

import io.github.comunicacaosockets.support.Actuator;
import io.github.comunicacaosockets.support.ServerConsole;
import io.github.comunicacaosockets.support.ServerTest;
import io.github.comunicacaosockets.support.ServerUnderTest;
import io.github.comunicacaosockets.support.WirePeer;
import io.github.comunicacaosockets.wire.BitCodec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServerTest
@TestPropertySource(properties = { "chat.allow=127.0.0.1/32", "chat.echo=true" })
@DisplayName("The server with chat.allow")
class AllowListTest {

	@Autowired
	private ServerUnderTest server;

	@Test
	@DisplayName("closes a connection from outside the list without a word, and counts it")
	void refusesOthers(CapturedOutput output) {
		ServerConsole console = new ServerConsole(output);
		Actuator actuator = this.server.actuator();
		double rejected = actuator.metric("chat.connections.rejected", "reason:not-allowed");

		try (WirePeer stranger = WirePeer.connectFrom("127.0.0.2", this.server.chatPort())) {
			assertThat(stranger.readUntilClosed()).as("bytes the server sent before closing").isEmpty();
			console.shows("Conexão recusada de 127.0.0.2:" + stranger.localPort() + ": endereço fora de chat.allow.");
		}

		assertThat(actuator.metric("chat.connections.rejected", "reason:not-allowed")).isEqualTo(rejected + 1);
		assertThat(console.text()).doesNotContain("Conectado por 127.0.0.2");
	}

	@Test
	@DisplayName("reads nothing from a refused connection: 400 strangers that send as they connect get no message in and no echo back")
	void readsNothingFromStrangers() throws Exception {
		Actuator actuator = this.server.actuator();
		double received = actuator.metric("chat.messages.received");
		double rejected = actuator.metric("chat.connections.rejected", "reason:not-allowed");
		byte[] bits = BitCodec.encode("entrei".getBytes(StandardCharsets.UTF_8));
		byte[] message = Arrays.copyOf(bits, bits.length + 1);
		message[bits.length] = '\n';
		long bytesBack = 0;
		for (int i = 0; i < 400; i++) {
			try (Socket stranger = new Socket()) {
				stranger.bind(new InetSocketAddress("127.0.0." + (2 + i % 8), 0));
				stranger.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.server.chatPort()));
				stranger.setSoTimeout((int) WirePeer.TIMEOUT.toMillis());
				try {
					stranger.getOutputStream().write(message);
					bytesBack += stranger.getInputStream().readAllBytes().length;
				}
				catch (SocketException closedFirst) {
					// the server closed it before the message was written or read back
				}
			}
		}

		assertThat(bytesBack).as("bytes echoed or sent to strangers").isZero();
		await().atMost(WirePeer.TIMEOUT)
			.untilAsserted(() -> assertThat(actuator.metric("chat.connections.rejected", "reason:not-allowed"))
				.isEqualTo(rejected + 400));
		assertThat(actuator.metric("chat.messages.received")).isEqualTo(received);
	}

	@Test
	@DisplayName("serves a client from an address on the list")
	void servesListed(CapturedOutput output) {
		ServerConsole console = new ServerConsole(output);
		try (WirePeer listed = WirePeer.connectFrom("127.0.0.1", this.server.chatPort())) {
			listed.sendBits("oi");

			console.shows("Cliente #" + console.numberOf(listed) + ": oi");
		}
	}

}
