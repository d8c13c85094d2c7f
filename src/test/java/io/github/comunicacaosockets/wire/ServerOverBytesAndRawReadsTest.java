package io.github.comunicacaosockets.wire;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.shell.test.ShellTestClient;
import org.springframework.test.context.TestPropertySource;

import io.github.comunicacaosockets.support.ServerConsole;
import io.github.comunicacaosockets.support.ServerTest;
import io.github.comunicacaosockets.support.ServerUnderTest;
import io.github.comunicacaosockets.support.WirePeer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With {@code bytes} and {@code raw} the wire is exactly the original Python scripts'
 * protocol: {@code sock.send(text.encode())} and {@code sock.recv(1024)}, no terminator.
 */
@ServerTest
@TestPropertySource(properties = { "chat.wire.encoding=bytes", "chat.wire.framing=raw" })
@DisplayName("The server, with UTF-8 bytes and raw reads, talking to a peer like the original Python client")
class ServerOverBytesAndRawReadsTest {

	@Autowired
	private ServerUnderTest server;

	@Autowired
	private ShellTestClient shell;

	@Test
	@DisplayName("takes the bytes of one send as one message, and shows their bits and text")
	void receivesRawBytes(CapturedOutput output) {
		ServerConsole console = new ServerConsole(output);
		try (WirePeer peer = this.server.connect()) {
			int number = console.numberOf(peer);

			peer.send("Olá 🌍");

			console.shows("Bits recebidos do cliente #" + number
					+ ": 01001111 01101100 11000011 10100001 00100000 11110000 10011111 10001100 10001101");
			console.shows("Cliente #" + number + ": Olá 🌍");
		}
	}

	@Test
	@DisplayName("delivers what a peer sent right before closing, as the original client does with 'sair'")
	void deliversMessageSentJustBeforeClosing(CapturedOutput output) {
		int peers = 100;

		for (int i = 0; i < peers; i++) {
			this.server.connect().send("sair").close();
		}

		await().atMost(WirePeer.TIMEOUT).until(() -> output.getOut().split(": sair\\R", -1).length - 1 == peers);
	}

	@Test
	@DisplayName("answers with the UTF-8 bytes alone, no line end added")
	void sendsRawBytes(CapturedOutput output) throws Exception {
		ServerConsole console = new ServerConsole(output);
		try (WirePeer peer = this.server.connect()) {
			int number = console.numberOf(peer);

			this.shell.sendCommand("send --to " + number + " oi");
			this.shell.sendCommand("send --to " + number + " é");

			assertThat(new String(peer.readBytes(4), StandardCharsets.UTF_8)).isEqualTo("oié");
		}
	}

}
