package io.github.comunicacaosockets.link;

import java.time.Duration;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;

import io.github.comunicacaosockets.support.Actuator;
import io.github.comunicacaosockets.support.ChildProcess;
import io.github.comunicacaosockets.support.HalfFramePeer;
import io.github.comunicacaosockets.support.ServerConsole;
import io.github.comunicacaosockets.support.ServerTest;
import io.github.comunicacaosockets.support.ServerThreads;
import io.github.comunicacaosockets.support.ServerUnderTest;
import io.github.comunicacaosockets.support.WirePeer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServerTest
@DisplayName("The server when peers fail: killed, reset, half-closed, or churning")
class PeerFaultsTest {

	private static final Duration START = Duration.ofSeconds(30);

	@Autowired
	private ServerUnderTest server;

	@Test
	@DisplayName("a client killed with SIGKILL mid-frame: 'Cliente desconectado.', the frame counted as incomplete, others unaffected")
	void clientKilledMidFrame(CapturedOutput output) {
		ServerConsole console = new ServerConsole(output);
		Actuator actuator = this.server.actuator();
		double incomplete = actuator.metric("chat.messages.rejected", "reason:incomplete");
		double closed = actuator.metric("chat.connections.closed");
		try (WirePeer bystander = this.server.connect();
				ChildProcess victim = ChildProcess.startMain(HalfFramePeer.class,
						String.valueOf(this.server.chatPort()))) {
			int bystanderNumber = console.numberOf(bystander);
			String port = victim.awaitLine(Pattern.compile("half frame sent from port (\\d+)"), START);

			victim.kill();

			console.shows("Cliente desconectado. (cliente #");
			console
				.shows("127.0.0.1:" + port + "): conexão encerrada no meio de uma mensagem (4 bytes sem fim de linha)");
			await().atMost(WirePeer.TIMEOUT).untilAsserted(() -> {
				assertThat(actuator.metric("chat.messages.rejected", "reason:incomplete")).isEqualTo(incomplete + 1);
				assertThat(actuator.metric("chat.connections.closed")).isEqualTo(closed + 1);
				assertThat(actuator.metric("chat.connections.active")).isEqualTo(1);
			});
			bystander.sendBits("ainda aqui");
			console.shows("Cliente #" + bystanderNumber + ": ainda aqui");
		}
	}

	@Test
	@DisplayName("peers that reset their connections or half-close them leave no connection behind")
	void resetsAndHalfCloses() throws Exception {
		for (int i = 0; i < 50; i++) {
			this.server.connect().sendBits("tchau").abort();
			WirePeer halfClosed = this.server.connect();
			halfClosed.shutdownOutput();
			assertThat(halfClosed.closedByServer()).as("the server closes its side after the peer's FIN").isTrue();
			halfClosed.close();
		}

		await().atMost(WirePeer.TIMEOUT).until(() -> this.server.openConnections() == 0);
		assertThat(this.server.actuator().metric("chat.connections.active")).isZero();
	}

	@Test
	@DisplayName("10,000 connections opened and closed in a loop: none left open, no thread held for one")
	void connectionChurn() {
		Actuator actuator = this.server.actuator();
		double opened = actuator.metric("chat.connections.opened");
		double closed = actuator.metric("chat.connections.closed");
		int threadsBefore = ServerThreads.count();

		for (int i = 0; i < 10_000; i++) {
			this.server.connect().close();
		}

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(actuator.metric("chat.connections.opened")).isEqualTo(opened + 10_000);
			assertThat(actuator.metric("chat.connections.closed")).isEqualTo(closed + 10_000);
		});
		assertThat(actuator.metric("chat.connections.active")).isZero();
		assertThat(this.server.openConnections()).isZero();
		await().atMost(WirePeer.TIMEOUT).untilAsserted(() -> assertThat(ServerThreads.waitingForAPeer()).isEmpty());
		assertThat(ServerThreads.count()).as("threads grow with bursts of work, never one per connection")
			.isLessThan(threadsBefore + 100);
	}

}
