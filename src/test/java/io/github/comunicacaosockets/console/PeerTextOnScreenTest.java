package io.github.comunicacaosockets.console;

import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.shell.test.ShellTestClient;

import io.github.comunicacaosockets.support.RunningApp;
import io.github.comunicacaosockets.support.ServerConsole;
import io.github.comunicacaosockets.support.ServerTest;
import io.github.comunicacaosockets.support.ServerUnderTest;
import io.github.comunicacaosockets.support.WirePeer;

import static org.assertj.core.api.Assertions.assertThat;

@ServerTest
@DisplayName("Text from a peer on the console")
class PeerTextOnScreenTest {

	/**
	 * Clears the screen, sets the window title, rings, goes back over the line and
	 * reverses what follows.
	 */
	private static final String HOSTILE = "\u001b[2J\u001b]0;título\u0007apaga\rConectado por 10.0.0.1\u202Eabc";

	private static final String SHOWN = "␛[2J␛]0;título␇apaga␍Conectado por 10.0.0.1⟨U+202E⟩abc";

	@Autowired
	private ServerUnderTest server;

	@Autowired
	private ShellTestClient shell;

	@Test
	@DisplayName("shows escape sequences, CR, BEL and bidi overrides as visible symbols, in the message and in historico; "
			+ "the bits show the real bytes")
	void neverReachesTheTerminalRaw(CapturedOutput output) throws Exception {
		ServerConsole console = new ServerConsole(output);
		try (WirePeer peer = this.server.connect()) {
			int number = console.numberOf(peer);

			peer.sendBits(HOSTILE);

			console.showsLineMatching("Cliente #" + number + ": " + Pattern.quote(SHOWN));
			console.shows("Bits recebidos do cliente #" + number + ": 00011011 01011011 00110010 01001010 00011011");
			assertThat(this.shell.sendCommand("historico").lines()).anySatisfy((line) -> assertThat(line)
				.endsWith("recebida de cliente #" + number + ": " + SHOWN + " (50 bytes)"));
		}
		assertThat(console.text()).doesNotContain("\u001b", "\u0007", "\r", "\u202E");
	}

	@Test
	@DisplayName("a control character in a frame of bits is named by its value in the rejection, never sent raw")
	void namesControlsInRejections(CapturedOutput output) {
		ServerConsole console = new ServerConsole(output);
		try (WirePeer peer = this.server.connect()) {
			int number = console.numberOf(peer);

			peer.send("0100\u001b[2J\n");

			console.shows("Mensagem rejeitada do cliente #" + number + ": caractere 0x1B na posição 5");
		}
		assertThat(console.text()).doesNotContain("\u001b");
	}

	@Test
	@DisplayName("a client shows the server's text harmlessly too")
	void clientShowsServerTextHarmlessly(CapturedOutput output) throws Exception {
		ServerConsole console = new ServerConsole(output);
		try (RunningApp client = RunningApp.client(this.server.chatPort())) {
			console.shows("Conectado ao servidor localhost na porta " + this.server.chatPort() + ".");
			this.shell.sendCommand("send --all " + HOSTILE);

			console.showsLineMatching("Servidor: " + Pattern.quote(SHOWN));
		}
		assertThat(console.text()).doesNotContain("\u001b", "\u0007", "\u202E");
	}

}
