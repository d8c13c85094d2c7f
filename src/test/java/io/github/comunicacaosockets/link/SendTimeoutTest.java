package io.github.comunicacaosockets.link;

import java.time.Duration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.shell.test.ShellTestClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import io.github.comunicacaosockets.support.ServerConsole;
import io.github.comunicacaosockets.support.ServerTest;
import io.github.comunicacaosockets.support.ServerUnderTest;
import io.github.comunicacaosockets.support.WirePeer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

@ServerTest
@TestPropertySource(properties = { "chat.send-buffer=64MB", "chat.send-timeout=2s" })
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
@DisplayName("A peer that stops reading, with room left for what waits for it")
class SendTimeoutTest {

	/**
	 * As long as a prompt may take to answer; a write that waits for the peer would take
	 * forever.
	 */
	private static final Duration PROMPT = Duration.ofSeconds(20);

	@Autowired
	private ServerUnderTest server;

	@Autowired
	private ShellTestClient shell;

	@Test
	@DisplayName("is closed once its socket has taken nothing for chat.send-timeout, and the prompt never waits for it")
	void isClosedAfterTheSendTimeout(CapturedOutput output) throws Exception {
		ServerConsole console = new ServerConsole(output);
		String text = "y".repeat(8000);
		try (WirePeer stalled = WirePeer.connectWithReceiveBuffer(this.server.chatPort(), 4096)) {
			int number = console.numberOf(stalled);
			assertTimeoutPreemptively(PROMPT, () -> {
				for (int i = 0; i < 100; i++) {
					assertThat(this.shell.sendCommand("send --to " + number + " " + text).lines()).first()
						.asString()
						.startsWith("Bits enviados para o cliente #" + number);
				}
			}, "100 sends to a peer that reads nothing");
			console.showsLineMatching("O cliente #" + number + " \\(127\\.0\\.0\\.1:" + stalled.localPort()
					+ "\\) não lê o que recebe: \\d+ bytes esperando há 2 s \\(chat\\.send-timeout\\)\\. Conexão encerrada\\.");
			assertThat(this.shell.sendCommand("send --to " + number + " mais").lines()).first()
				.asString()
				.isEqualTo("Nenhum cliente conectado: a mensagem não foi enviada.");
			assertThat(console.text()).doesNotContain("Cliente desconectado. (cliente #" + number + ",");
		}
	}

}
