package io.github.comunicacaosockets.link;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.test.context.TestPropertySource;

import io.github.comunicacaosockets.support.ServerConsole;
import io.github.comunicacaosockets.support.ServerTest;
import io.github.comunicacaosockets.support.ServerUnderTest;
import io.github.comunicacaosockets.support.WirePeer;

import static org.assertj.core.api.Assertions.assertThat;

@ServerTest
@TestPropertySource(properties = "chat.idle-timeout=700ms")
@DisplayName("The server with chat.idle-timeout")
class IdleTimeoutTest {

	@Autowired
	private ServerUnderTest server;

	@Test
	@DisplayName("closes a connection that stays silent that long, and says why on its console and to the peer")
	void closesSilentConnection(CapturedOutput output) {
		ServerConsole console = new ServerConsole(output);
		try (WirePeer silent = this.server.connect()) {
			int number = console.numberOf(silent);

			assertThat(silent.readBits()).isEqualTo("Conexão encerrada: 700 ms sem enviar nada (chat.idle-timeout).");
			assertThat(silent.readUntilClosed()).isEmpty();

			console.shows(
					"O cliente #" + number + " ficou 700 ms sem enviar nada (chat.idle-timeout): conexão encerrada.");
			console.shows("Cliente desconectado. (cliente #" + number + ",");
		}
	}

	@Test
	@DisplayName("closes a peer that sent half a frame and went silent, and reports the frame as incomplete")
	void closesSilentHalfFrame(CapturedOutput output) {
		ServerConsole console = new ServerConsole(output);
		try (WirePeer stalled = this.server.connect()) {
			int number = console.numberOf(stalled);

			stalled.send("0100");

			assertThat(stalled.closedByServer()).isTrue();
			console.shows("O cliente #" + number + " ficou 700 ms sem enviar nada");
			console.shows("Mensagem descartada do cliente #" + number + " (127.0.0.1:" + stalled.localPort()
					+ "): conexão encerrada no meio de uma mensagem (4 bytes sem fim de linha)");
		}
	}

}
