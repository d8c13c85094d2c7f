package io.github.comunicacaosockets.console;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.test.ShellTestClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.MethodMode;

import io.github.comunicacaosockets.support.Actuator;
import io.github.comunicacaosockets.support.ServerTest;
import io.github.comunicacaosockets.support.ServerUnderTest;
import io.github.comunicacaosockets.support.WirePeer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServerTest
@DisplayName("'status' on the server")
class StatusCommandTest {

	@Autowired
	private ServerUnderTest server;

	@Autowired
	private ShellTestClient shell;

	@Test
	@DisplayName("shows the role, the port, the wire and the same counts as Actuator")
	void showsTheSameNumbersAsActuator() {
		Actuator actuator = this.server.actuator();
		double received = actuator.metric("chat.messages.received");
		double rejected = actuator.metric("chat.messages.rejected");
		try (WirePeer peer = this.server.connect()) {
			peer.sendBits("um").sendBits("dois").send("0x\n");
			await().atMost(WirePeer.TIMEOUT)
				.until(() -> actuator.metric("chat.messages.received") == received + 2
						&& actuator.metric("chat.messages.rejected") == rejected + 1);

			// Other tests' peers may still be leaving this shared server: compare with
			// the meters read
			// just before and just after, and try again until they held still in between.
			await().atMost(WirePeer.TIMEOUT).untilAsserted(() -> {
				List<String> before = expectedStatus(actuator);
				List<String> status = this.shell.sendCommand("status").lines();
				assertThat(expectedStatus(actuator)).as("meters changed while 'status' ran").isEqualTo(before);
				assertThat(status).isEqualTo(before);
			});
		}
	}

	private List<String> expectedStatus(Actuator actuator) {
		return List.of("Papel: servidor, em localhost:" + this.server.chatPort() + ", 100 conexões no máximo",
				"Fio: bits em linhas, até 65536 bytes por mensagem (em bits, cada byte de texto ocupa 8: "
						+ "cabem 8192 bytes de texto)",
				"Conexões: " + count(actuator, "chat.connections.active", "aberta") + " agora; "
						+ count(actuator, "chat.connections.opened", "aberta") + ", "
						+ count(actuator, "chat.connections.closed", "fechada") + " e "
						+ count(actuator, "chat.connections.rejected", "recusada") + " desde o início",
				"Mensagens: " + count(actuator, "chat.messages.received", "recebida") + ", "
						+ count(actuator, "chat.messages.sent", "enviada") + ", "
						+ count(actuator, "chat.messages.rejected", "rejeitada"),
				"Actuator: http://127.0.0.1:" + actuator.port() + "/actuator (saúde e contadores)",
				"Página da aula: http://127.0.0.1:" + actuator.port() + "/ (a conversa ao vivo, para projetar)");
	}

	/** A meter's value and the word for it, which takes an s for any number but one. */
	private static String count(Actuator actuator, String meter, String word) {
		long value = (long) actuator.metric(meter);
		return value + " " + word + ((value == 1) ? "" : "s");
	}

	@Test
	@DirtiesContext(methodMode = MethodMode.BEFORE_METHOD)
	@DisplayName("says 1 aberta, 1 recebida, 1 rejeitada, and 0 fechadas, on a fresh server")
	void wordsOneAndMany() throws Exception {
		Actuator actuator = this.server.actuator();
		try (WirePeer peer = this.server.connect()) {
			peer.sendBits("um").send("0x\n");
			await().atMost(WirePeer.TIMEOUT)
				.until(() -> actuator.metric("chat.messages.received") == 1
						&& actuator.metric("chat.messages.rejected") == 1);

			assertThat(this.shell.sendCommand("status").lines()).contains(
					"Conexões: 1 aberta agora; 1 aberta, 0 fechadas e 0 recusadas desde o início",
					"Mensagens: 1 recebida, 0 enviadas, 1 rejeitada");
		}
	}

}
