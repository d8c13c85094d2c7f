package io.github.comunicacaosockets.console;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.test.ShellTestClient;

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

			// Other tests' peers may still be leaving this shared server: compare with the meters read
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
				"Fio: bits em linhas, até 65536 bytes por mensagem",
				"Conexões: " + (long) actuator.metric("chat.connections.active") + " abertas agora; "
						+ (long) actuator.metric("chat.connections.opened") + " abertas, "
						+ (long) actuator.metric("chat.connections.closed") + " fechadas e "
						+ (long) actuator.metric("chat.connections.rejected") + " recusadas desde o início",
				"Mensagens: " + (long) actuator.metric("chat.messages.received") + " recebidas, "
						+ (long) actuator.metric("chat.messages.sent") + " enviadas, "
						+ (long) actuator.metric("chat.messages.rejected") + " rejeitadas");
	}

}
