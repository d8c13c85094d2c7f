package io.github.comunicacaosockets.access;

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

import static org.assertj.core.api.Assertions.assertThat;

@ServerTest
@TestPropertySource(properties = "chat.allow=127.0.0.1/32")
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
	@DisplayName("serves a client from an address on the list")
	void servesListed(CapturedOutput output) {
		ServerConsole console = new ServerConsole(output);
		try (WirePeer listed = WirePeer.connectFrom("127.0.0.1", this.server.chatPort())) {
			listed.sendBits("oi");

			console.shows("Cliente #" + console.numberOf(listed) + ": oi");
		}
	}

}
