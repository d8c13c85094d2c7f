package io.github.comunicacaosockets.link;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.shell.test.ShellTestClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import io.github.comunicacaosockets.support.Actuator;
import io.github.comunicacaosockets.support.ServerConsole;
import io.github.comunicacaosockets.support.ServerTest;
import io.github.comunicacaosockets.support.ServerUnderTest;
import io.github.comunicacaosockets.support.WirePeer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

@ServerTest
@TestPropertySource(properties = { "chat.send-buffer=3MB", "chat.send-timeout=1m" })
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
@DisplayName("A peer that does not read what the server sends it")
class SlowReaderTest {

	/**
	 * As long as a prompt may take to answer; a write that waits for the peer would take
	 * forever.
	 */
	private static final Duration PROMPT = Duration.ofSeconds(20);

	/**
	 * How many messages of 64,000 bits go to each peer: 12.8 MB, of which the kernel may
	 * take 4 MB for a peer that reads nothing, and the outbox's bound is 3 MB. No send
	 * timeout applies while the test runs: the peer that reads, at the test's pace on a
	 * busy machine, may fall a megabyte behind and must not be taken for a slow reader.
	 */
	private static final int SENDS = 200;

	/**
	 * How far the sends may run ahead of the peer that reads: 20 messages, 1.28 MB, well
	 * under the outbox's bound. Sent as fast as the console can, the reading peer fell
	 * past the bound on a busy machine and was closed as a slow reader too.
	 */
	private static final int AHEAD = 20;

	@Autowired
	private ServerUnderTest server;

	@Autowired
	private ShellTestClient shell;

	@Test
	@DisplayName("holds up neither the console nor the other peers: past chat.send-buffer it is closed, said, and counted as a slow reader; the others get everything")
	void isClosedWithoutStallingAnyone(CapturedOutput output) throws Exception {
		ServerConsole console = new ServerConsole(output);
		Actuator actuator = this.server.actuator();
		double closedAsSlow = actuator.metric("chat.connections.closed", "reason:slow-reader");
		String text = "x".repeat(8000);
		try (WirePeer stalled = WirePeer.connectWithReceiveBuffer(this.server.chatPort(), 4096);
				WirePeer reader = this.server.connect()) {
			int stalledNumber = console.numberOf(stalled);
			console.numberOf(reader);
			AtomicInteger read = new AtomicInteger();
			Thread reading = new Thread(() -> {
				while (read.get() < SENDS) {
					assertThat(reader.readBits()).isEqualTo(text);
					read.incrementAndGet();
				}
			});
			reading.start();

			assertTimeoutPreemptively(PROMPT, () -> {
				for (int i = 0; i < SENDS; i++) {
					int sent = i;
					if (read.get() < sent - AHEAD) {
						await().atMost(WirePeer.TIMEOUT).until(() -> read.get() >= sent - AHEAD / 2);
					}
					this.shell.sendCommand("send --all " + text);
				}
			}, "sends to everyone, one peer of whom reads nothing");

			console.showsLineMatching("O cliente #" + stalledNumber + " \\(127\\.0\\.0\\.1:" + stalled.localPort()
					+ "\\) não lê o que recebe: \\d+ bytes esperariam por ele, acima de 3145728 \\(chat\\.send-buffer\\)\\. "
					+ "Conexão encerrada\\.");
			await().atMost(WirePeer.TIMEOUT).until(() -> read.get() == SENDS);
			reading.join(WirePeer.TIMEOUT.toMillis());
			assertThat(console.text()).doesNotContain("Cliente desconectado. (cliente #" + stalledNumber + ",");
			await().atMost(WirePeer.TIMEOUT)
				.untilAsserted(() -> assertThat(actuator.metric("chat.connections.closed", "reason:slow-reader"))
					.isEqualTo(closedAsSlow + 1));
		}
	}

}
