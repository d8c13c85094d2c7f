package io.github.comunicacaosockets.link;

import java.time.Duration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import io.github.comunicacaosockets.support.Actuator;
import io.github.comunicacaosockets.support.ServerConsole;
import io.github.comunicacaosockets.support.ServerTest;
import io.github.comunicacaosockets.support.ServerUnderTest;
import io.github.comunicacaosockets.support.WirePeer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServerTest
@TestPropertySource(properties = "chat.frame-timeout=1s")
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
@DisplayName("A line that does not end within chat.frame-timeout")
class FrameTimeoutTest {

	@Autowired
	private ServerUnderTest server;

	@Test
	@DisplayName("is given up: the peer is told why and closed, the console says so, and it is counted")
	void isGivenUp(CapturedOutput output) {
		ServerConsole console = new ServerConsole(output);
		Actuator actuator = this.server.actuator();
		double tooSlow = actuator.metric("chat.messages.rejected", "reason:too-slow");
		try (WirePeer trickler = this.server.connect()) {
			int number = console.numberOf(trickler);
			trickler.send("0110");

			assertThat(trickler.readBits())
				.isEqualTo("Conexão encerrada: mensagem não terminada em 1 s (chat.frame-timeout).");
			assertThat(trickler.closedByServer()).isTrue();
			console.shows("Mensagem descartada do cliente #" + number + " (127.0.0.1:" + trickler.localPort()
					+ "): mensagem não terminada em 1 s (chat.frame-timeout): 4 bytes recebidos sem fim de linha. "
					+ "Conexão encerrada.");
		}
		assertThat(actuator.metric("chat.messages.rejected", "reason:too-slow")).isEqualTo(tooSlow + 1);
		assertThat(actuator.metric("chat.messages.rejected", "reason:incomplete"))
			.as("reported once, not also as cut off")
			.isZero();
	}

	@Test
	@DisplayName("leaves alone a peer whose every line ends in time, however long it stays between them")
	void leavesFinishedLinesAlone(CapturedOutput output) {
		ServerConsole console = new ServerConsole(output);
		try (WirePeer peer = this.server.connect()) {
			int number = console.numberOf(peer);
			peer.send("0110100001101001\n");
			console.shows("Cliente #" + number + ": hi");
			await().during(Duration.ofMillis(1500))
				.atMost(Duration.ofSeconds(5))
				.until(() -> !console.text().contains("não terminada"));
			int mark = console.mark();
			peer.sendBits("ainda aqui");
			console.showsAfter(mark, "Cliente #" + number + ": ainda aqui");
		}
	}

}
