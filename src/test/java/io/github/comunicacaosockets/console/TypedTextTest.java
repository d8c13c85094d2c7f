package io.github.comunicacaosockets.console;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.shell.test.ShellTestClient;

import io.github.comunicacaosockets.support.ServerConsole;
import io.github.comunicacaosockets.support.ServerTest;
import io.github.comunicacaosockets.support.ServerUnderTest;
import io.github.comunicacaosockets.support.WirePeer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServerTest
@DisplayName("What is typed after send is what is sent")
class TypedTextTest {

	@Autowired
	private ServerUnderTest server;

	@Autowired
	private ShellTestClient shell;

	/**
	 * A peer connected as the server's only client, as 'send' without --to needs: the one
	 * an earlier test closed may not have been seen to leave yet.
	 */
	private WirePeer onlyClient(CapturedOutput output) {
		WirePeer peer = this.server.connect();
		new ServerConsole(output).numberOf(peer);
		await().atMost(WirePeer.TIMEOUT).until(() -> this.server.openConnections() == 1);
		return peer;
	}

	private List<String> run(String command) throws Exception {
		return this.shell.sendCommand(command).lines();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "copo d'água", "ela disse \"oi\" e saiu", "C:\\temp\\novo", "aspas 'soltas e \"sem par",
			"espaços   no    meio", "texto --to 2 fim", "!! e !$ não repetem nada", "\\" })
	@DisplayName("sends every character after the command exactly as typed")
	void sendsWhatIsTyped(String typed, CapturedOutput output) throws Exception {
		try (WirePeer peer = onlyClient(output)) {
			assertThat(run("send " + typed)).singleElement().asString().startsWith("Bits enviados para o cliente #");

			assertThat(peer.readBits()).isEqualTo(typed);
		}
	}

	@Test
	@DisplayName("takes options only before the text; -- ends them, and --all never takes the next word")
	void optionsComeFirst(CapturedOutput output) throws Exception {
		try (WirePeer peer = this.server.connect()) {
			int number = new ServerConsole(output).numberOf(peer);

			run("send --to " + number + " -- -5 graus");
			assertThat(peer.readBits()).isEqualTo("-5 graus");
			run("send --all bom dia");
			assertThat(peer.readBits()).isEqualTo("bom dia");
			run("send --to=" + number + " --  -- e mais");
			assertThat(peer.readBits()).isEqualTo("-- e mais");
		}
	}

	@Test
	@DisplayName("reads the command's name in any case")
	void readsCommandsInAnyCase(CapturedOutput output) throws Exception {
		try (WirePeer peer = onlyClient(output)) {
			run("SEND Oi");
			assertThat(peer.readBits()).isEqualTo("Oi");
			assertThat(run("Bits d'á")).contains("'          U+0027     27            00100111");
		}
	}

}
