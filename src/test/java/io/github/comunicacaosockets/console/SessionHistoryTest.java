package io.github.comunicacaosockets.console;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.shell.test.ShellTestClient;
import org.springframework.test.annotation.DirtiesContext;

import io.github.comunicacaosockets.support.ServerConsole;
import io.github.comunicacaosockets.support.ServerTest;
import io.github.comunicacaosockets.support.ServerUnderTest;
import io.github.comunicacaosockets.support.WirePeer;
import io.github.comunicacaosockets.wire.BitCodec;

import static org.assertj.core.api.Assertions.assertThat;

@ServerTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
@DisplayName("'historico'")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SessionHistoryTest {

	private static final String TIME = "\\d\\d:\\d\\d:\\d\\d  ";

	@Autowired
	private ServerUnderTest server;

	@Autowired
	private ShellTestClient shell;

	@Test
	@Order(1)
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
					(line) -> assertThat(line)
						.matches(TIME + "enviada para cliente #" + number + ": oi 👋 \\(7 bytes\\)"));
		}
	}

	@Test
	@DisplayName("keeps a rejected frame's size, not its text")
	void keepsNoTextOfRejectedFrames(CapturedOutput output) throws Exception {
		ServerConsole console = new ServerConsole(output);
		try (WirePeer peer = this.server.connect()) {
			int number = console.numberOf(peer);
			peer.send(new String(BitCodec.encode(new byte[] { 'o', (byte) 0xFF, 'i' }), StandardCharsets.US_ASCII)
					+ "\n");
			console.showsLineMatching(".*cliente #" + number + ".*UTF-8.*");

			assertThat(this.shell.sendCommand("historico").lines()).last()
				.asString()
				.matches(TIME + "recebida de cliente #" + number
						+ ": \\(quadro rejeitado: não é UTF-8; o texto não é guardado\\) \\(3 bytes\\)");
		}
	}

	@Test
	@DisplayName("keeps no more text than its bound, dropping the oldest messages first, however large they are")
	void boundsTheTextKept(CapturedOutput output) throws Exception {
		ServerConsole console = new ServerConsole(output);
		int size = 8000;
		int sent = SessionHistory.KEPT_CHARS / size + 10;
		try (WirePeer peer = this.server.connect()) {
			int number = console.numberOf(peer);
			for (int i = 0; i < sent; i++) {
				peer.sendBits(String.format("%05d", i) + "x".repeat(size - 5));
			}
			console.showsLineMatching("Cliente #" + number + ": " + String.format("%05d", sent - 1) + "x+");

			List<String> history = this.shell.sendCommand("historico").lines();
			assertThat(history).hasSize(SessionHistory.KEPT_CHARS / size);
			assertThat(history.get(history.size() - 1)).contains(": " + String.format("%05d", sent - 1) + "xxx");
			assertThat(history.get(0)).contains(": " + String.format("%05d", sent - history.size()) + "xxx");
		}
	}

}
