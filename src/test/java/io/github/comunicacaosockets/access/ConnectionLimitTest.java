package io.github.comunicacaosockets.access;

import java.util.ArrayList;
import java.util.List;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.test.context.TestPropertySource;

import io.github.comunicacaosockets.support.Actuator;
import io.github.comunicacaosockets.support.RunningApp;
import io.github.comunicacaosockets.support.ServerConsole;
import io.github.comunicacaosockets.support.ServerTest;
import io.github.comunicacaosockets.support.ServerUnderTest;
import io.github.comunicacaosockets.support.WirePeer;
import io.github.comunicacaosockets.wire.BitCodec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServerTest
@TestPropertySource(properties = "chat.max-connections=3")
@DisplayName("The server at chat.max-connections")
class ConnectionLimitTest {

	@Autowired
	private ServerUnderTest server;

	/**
	 * Connects as many peers as the server takes (chat.max-connections = 3), each shown
	 * as connected.
	 */
	private void fill(List<WirePeer> admitted, ServerConsole console) {
		for (int i = 0; i < 3; i++) {
			WirePeer peer = this.server.connect();
			admitted.add(peer);
			console.numberOf(peer);
		}
	}

	@Test
	@DisplayName("tells the next client '421 Servidor cheio' in bits, closes it, counts it, and keeps serving the others")
	void refusesClientPastTheLimit(CapturedOutput output) {
		ServerConsole console = new ServerConsole(output);
		Actuator actuator = this.server.actuator();
		double rejected = actuator.metric("chat.connections.rejected", "reason:full");
		List<WirePeer> admitted = new ArrayList<>();
		try {
			fill(admitted, console);

			try (WirePeer refused = this.server.connect()) {
				assertThat(refused.readBits()).isEqualTo("421 Servidor cheio");
				assertThat(refused.closedByServer()).isTrue();
				console.shows("Conexão recusada de 127.0.0.1:" + refused.localPort()
						+ ": servidor cheio (chat.max-connections = 3).");
			}

			assertThat(actuator.metric("chat.connections.rejected", "reason:full")).isEqualTo(rejected + 1);
			WirePeer first = admitted.get(0);
			first.sendBits("ainda aqui");
			console.shows("Cliente #" + console.numberOf(first) + ": ainda aqui");
		}
		finally {
			admitted.forEach(WirePeer::close);
		}
	}

	@Test
	@DisplayName("a client of ours that is refused says so, not as a message, tries again after a growing wait, and gets in once there is room")
	void clientIsToldItWasRefused(CapturedOutput output) throws Exception {
		ServerConsole console = new ServerConsole(output);
		List<WirePeer> admitted = new ArrayList<>();
		try {
			fill(admitted, console);
			try (RunningApp client = RunningApp.client(this.server.chatPort())) {
				console.shows("O servidor recusou esta conexão (Servidor cheio). Nova tentativa em 200 ms.");
				console.shows("O servidor recusou esta conexão (Servidor cheio). Nova tentativa em 400 ms.");
				console.shows("O servidor recusou esta conexão (Servidor cheio). Nova tentativa em 800 ms.");

				assertThat(console.text()).doesNotContain("Servidor: 421", "Servidor desconectado.");
				assertThat(console.text().split("Conectado ao servidor localhost", -1))
					.as("only the first try says it connected; each try the server refuses says only that")
					.hasSize(2);
				assertThat(client.actuator().metric("chat.messages.received")).isZero();
				assertThat(client.actuator().metric("chat.connections.closed", "reason:refused"))
					.as("the client's connections the server refused")
					.isGreaterThanOrEqualTo(3);

				int room = console.mark();
				admitted.remove(0).close();
				console.showsAfter(room, "Conectado ao servidor localhost na porta " + this.server.chatPort() + ".");
				await().atMost(WirePeer.TIMEOUT)
					.untilAsserted(() -> assertThat(client.shell().sendCommand("send cheguei").lines()).singleElement()
						.asString()
						.startsWith("Bits enviados para o servidor"));
				console.showsAfter(room, ": cheguei");
			}
		}
		finally {
			admitted.forEach(WirePeer::close);
		}
	}

	@Test
	@DisplayName("reads nothing from a client refused as full: 100 that send as they connect get only the refusal, and no message is received")
	void readsNothingFromRefusedClients(CapturedOutput output) throws Exception {
		ServerConsole console = new ServerConsole(output);
		Actuator actuator = this.server.actuator();
		List<WirePeer> admitted = new ArrayList<>();
		try {
			fill(admitted, console);
			double received = actuator.metric("chat.messages.received");
			String refusal = new String(BitCodec.encode("421 Servidor cheio".getBytes(StandardCharsets.UTF_8)),
					StandardCharsets.US_ASCII) + "\n";
			for (int i = 0; i < 100; i++) {
				try (WirePeer refused = this.server.connect()) {
					try {
						refused.sendBits("me deixa entrar");
					}
					catch (UncheckedIOException closedFirst) {
						// the server closed it before the message was written
					}
					// all of the refusal, or the start of it when the close resets a
					// socket with unread bytes
					assertThat(refusal).as("what a refused client gets")
						.startsWith(new String(refused.readUntilClosed(), StandardCharsets.US_ASCII));
				}
			}
			assertThat(actuator.metric("chat.messages.received")).isEqualTo(received);
			assertThat(console.text()).doesNotContain(": me deixa entrar");
		}
		finally {
			admitted.forEach(WirePeer::close);
		}
	}

	@Test
	@DisplayName("takes a new client again once one has left")
	void admitsAgainAfterOneLeaves(CapturedOutput output) {
		ServerConsole console = new ServerConsole(output);
		List<WirePeer> admitted = new ArrayList<>();
		try {
			fill(admitted, console);
			admitted.remove(0).close();
			await().atMost(WirePeer.TIMEOUT).until(() -> this.server.openConnections() == 2);

			WirePeer next = this.server.connect();
			admitted.add(next);

			next.sendBits("entrei");
			console.shows("Cliente #" + console.numberOf(next) + ": entrei");
		}
		finally {
			admitted.forEach(WirePeer::close);
		}
	}

}
