package io.github.comunicacaosockets.chat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.github.comunicacaosockets.link.CloseReason;
import io.github.comunicacaosockets.link.Peer;
import io.github.comunicacaosockets.support.ChatSlice.EventLog;
import io.github.comunicacaosockets.support.ChatSliceTest;
import io.github.comunicacaosockets.support.LoopbackServerSocket;
import io.github.comunicacaosockets.support.WirePeer;
import io.github.comunicacaosockets.wire.BitCodec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A client of ours knows a refusal by what a refusing server does: a {@code 421} line
 * first, then the close. A server here is a plain socket, as any server may be.
 */
@ChatSliceTest
@DisplayName("A client, given a first line that starts with 421")
class ClientRefusalTest {

	private static final ServerSocket SERVER = LoopbackServerSocket.listen(10);

	@Autowired
	private EventLog events;

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) {
		registry.add("chat.role", () -> "client");
		registry.add("chat.port", SERVER::getLocalPort);
		registry.add("chat.retry-interval", () -> "100ms");
	}

	@AfterAll
	static void stop() throws IOException {
		SERVER.close();
	}

	@Test
	@DisplayName("followed by the server's close, takes it as a refusal: not a message, and the close's cause")
	void refusedWhenTheServerCloses() throws IOException {
		int refusedBefore = this.events.of(RefusedByServer.class).size();
		try (Socket accepted = SERVER.accept()) {
			send(accepted, "421 Sala lotada, volte amanhã");
		}

		RefusedByServer refused = await().atMost(WirePeer.TIMEOUT)
			.until(() -> this.events.of(RefusedByServer.class), (all) -> all.size() > refusedBefore)
			.get(refusedBefore);
		assertThat(refused.notice()).isEqualTo("Sala lotada, volte amanhã");
		assertThat(refused.server().closeReason()).isEqualTo(CloseReason.REFUSED);
		assertThat(textsFrom(refused.server())).as("messages from the refusing server").isEmpty();
	}

	@Test
	@DisplayName("on a connection that stays open, shows it as a message: a teacher's first words may start so")
	void aMessageWhileTheConnectionStaysOpen() throws IOException {
		int before = this.events.of(MessageReceived.class).size();
		try (Socket accepted = SERVER.accept()) {
			send(accepted, "421 alunos na sala");

			Peer server = await().atMost(WirePeer.TIMEOUT)
				.until(() -> receivedSince(before).stream()
					.filter((received) -> received.message().text().equals("421 alunos na sala"))
					.map(MessageReceived::peer)
					.findFirst()
					.orElse(null), (peer) -> peer != null);
			assertThat(server.isConnected()).isTrue();
			assertThat(server.closeCause()).isEmpty();
			assertThat(refusalsOf(server)).isZero();
		}
	}

	@Test
	@DisplayName("followed by another line, shows both as messages, in the order they came")
	void aMessageWhenMoreFollows() throws IOException {
		int before = this.events.of(MessageReceived.class).size();
		try (Socket accepted = SERVER.accept()) {
			send(accepted, "421 alunos na sala");
			send(accepted, "e mais um");

			Peer server = await().atMost(WirePeer.TIMEOUT)
				.until(() -> receivedSince(before).stream()
					.filter((received) -> received.message().text().equals("e mais um"))
					.map(MessageReceived::peer)
					.findFirst()
					.orElse(null), (peer) -> peer != null);
			assertThat(textsFrom(server)).containsExactly("421 alunos na sala", "e mais um");
			assertThat(refusalsOf(server)).isZero();
		}
	}

	private List<MessageReceived> receivedSince(int before) {
		List<MessageReceived> all = this.events.of(MessageReceived.class);
		return all.subList(before, all.size());
	}

	private List<String> textsFrom(Peer server) {
		return this.events.of(MessageReceived.class)
			.stream()
			.filter((received) -> received.peer() == server)
			.map((received) -> received.message().text())
			.toList();
	}

	private long refusalsOf(Peer server) {
		return this.events.of(RefusedByServer.class).stream().filter((refused) -> refused.server() == server).count();
	}

	private static void send(Socket socket, String text) throws IOException {
		OutputStream out = socket.getOutputStream();
		out.write(BitCodec.encode(text.getBytes(StandardCharsets.UTF_8)));
		out.write('\n');
		out.flush();
	}

}
