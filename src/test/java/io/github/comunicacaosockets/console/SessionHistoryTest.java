package io.github.comunicacaosockets.console;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.shell.test.ShellTestClient;
import org.springframework.test.annotation.DirtiesContext;

import io.github.comunicacaosockets.support.ServerConsole;
import io.github.comunicacaosockets.support.ServerTest;
import io.github.comunicacaosockets.support.ServerUnderTest;
import io.github.comunicacaosockets.support.WirePeer;

import static org.assertj.core.api.Assertions.assertThat;

@ServerTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
@DisplayName("'historico'")
class SessionHistoryTest {

	private static final String TIME = "\\d\\d:\\d\\d:\\d\\d  ";

	@Autowired
	private ServerUnderTest server;

	@Autowired
	private ShellTestClient shell;

	@Test
	@DisplayName("lists the messages received and sent, oldest first, with time, direction, peer and size")
	void listsTheSession(CapturedOutput output) throws Exception {
		assertThat(this.shell.sendCommand("historico").lines()).containsExactly("Nenhuma mensagem nesta sessão ainda.");
		ServerConsole console = new ServerConsole(output);
		try (WirePeer peer = this.server.connect()) {
			int number = console.numberOf(peer);
			peer.sendBits("Olá");
			console.shows("Cliente #" + number + ": Olá");
			this.shell.sendCommand("send --to " + number + " oi 👋");
			assertThat(peer.readBits()).isEqualTo("oi 👋");

			assertThat(this.shell.sendCommand("historico").lines()).satisfiesExactly(
					(line) -> assertThat(line).matches(TIME + "recebida de cliente #" + number + ": Olá \\(4 bytes\\)"),
					(line) -> assertThat(line).matches(TIME + "enviada para cliente #" + number + ": oi 👋 \\(7 bytes\\)"));
		}
	}

}
