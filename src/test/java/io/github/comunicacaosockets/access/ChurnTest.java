package io.github.comunicacaosockets.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.integration.ip.tcp.connection.TcpConnectionCloseEvent;
import org.springframework.test.context.TestPropertySource;

import io.github.comunicacaosockets.support.ChatSlice.EventLog;
import io.github.comunicacaosockets.support.ChatSliceTest;
import io.github.comunicacaosockets.support.ServerUnderTest;
import io.github.comunicacaosockets.support.WirePeer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ChatSliceTest
@Import(ServerUnderTest.class)
@TestPropertySource(properties = "chat.max-connections-per-address=50")
@DisplayName("The server at its default caps (100, and 50 per address), with clients that connect and leave at once")
class ChurnTest {

	private static final int THREADS = 4;

	/**
	 * 250 in the build; {@code -Dchurn.connections-each=1000} for the 4,000 of a longer
	 * run.
	 */
	private static final int CONNECTIONS_EACH = Integer.getInteger("churn.connections-each", 250);

	@Autowired
	private ServerUnderTest server;

	@Autowired
	private EventLog events;

	@Test
	@DisplayName("counts the connections that are open, not the ones that left: 4 at a time are never refused as full")
	void countsOnlyLiveConnections() {
		long refusedBefore = refused();
		long closedBefore = closed();
		int port = this.server.chatPort();

		CompletableFuture
			.allOf(IntStream.range(0, THREADS)
				.mapToObj((thread) -> CompletableFuture.runAsync(() -> connectAndLeave(port)))
				.toArray(CompletableFuture[]::new))
			.join();

		int total = THREADS * CONNECTIONS_EACH;
		await().atMost(WirePeer.TIMEOUT)
			.untilAsserted(() -> assertThat(closed() + refused() - refusedBefore - closedBefore).isEqualTo(total));
		assertThat(refused() - refusedBefore)
			.as("connections refused as full, of %d, never more than %d open at once", total, THREADS)
			.isZero();
	}

	/** Refused as full, for the server or for the address. */
	private long refused() {
		return this.events.of(ConnectionRefused.class)
			.stream()
			.filter((refusal) -> refusal.reason().isForWantOfRoom())
			.count();
	}

	private long closed() {
		return this.events.of(TcpConnectionCloseEvent.class).size();
	}

	private static void connectAndLeave(int port) {
		for (int i = 0; i < CONNECTIONS_EACH; i++) {
			try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
				socket.shutdownOutput();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

}
