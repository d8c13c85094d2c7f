package io.github.comunicacaosockets.observability;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.github.comunicacaosockets.support.Actuator;
import io.github.comunicacaosockets.support.ServerTest;
import io.github.comunicacaosockets.support.ServerUnderTest;
import io.github.comunicacaosockets.support.WirePeer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServerTest
@DisplayName("The chat.* meters, after many clients talk at once")
class ChatMetricsUnderConcurrencyTest {

	private static final int CLIENTS = 24;

	private static final int MESSAGES_EACH = 50;

	private static final String OI_BITS = "0110111101101001\n";

	@Autowired
	private ServerUnderTest server;

	private Actuator actuator;

	@BeforeEach
	void reachActuator() {
		this.actuator = this.server.actuator();
	}

	@Test
	@DisplayName("count every connection and every message exactly, good and bad alike")
	void countExactly() throws Exception {
		double received = this.actuator.metric("chat.messages.received");
		double malformed = this.actuator.metric("chat.messages.rejected", "reason:malformed-bits");
		double opened = this.actuator.metric("chat.connections.opened");
		double closed = this.actuator.metric("chat.connections.closed");
		double active = this.actuator.metric("chat.connections.active");

		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		CountDownLatch go = new CountDownLatch(1);
		CountDownLatch allConnected = new CountDownLatch(CLIENTS);
		CountDownLatch release = new CountDownLatch(1);
		List<Future<?>> clients = new ArrayList<>();
		for (int c = 0; c < CLIENTS; c++) {
			clients.add(pool.submit(() -> {
				try (WirePeer peer = this.server.connect()) {
					go.await();
					for (int m = 0; m < MESSAGES_EACH; m++) {
						peer.send(OI_BITS).send("01x\n");
					}
					allConnected.countDown();
					release.await();
				}
				return null;
			}));
		}
		go.countDown();
		assertThat(allConnected.await(30, TimeUnit.SECONDS)).isTrue();

		await().atMost(WirePeer.TIMEOUT)
			.untilAsserted(() -> assertThat(this.actuator.metric("chat.messages.received"))
				.isEqualTo(received + CLIENTS * MESSAGES_EACH));
		await().atMost(WirePeer.TIMEOUT)
			.untilAsserted(() -> assertThat(this.actuator.metric("chat.messages.rejected", "reason:malformed-bits"))
				.isEqualTo(malformed + CLIENTS * MESSAGES_EACH));
		assertThat(this.actuator.metric("chat.connections.opened")).isEqualTo(opened + CLIENTS);
		assertThat(this.actuator.metric("chat.connections.active")).isEqualTo(active + CLIENTS);

		release.countDown();
		for (Future<?> client : clients) {
			client.get(30, TimeUnit.SECONDS);
		}
		pool.shutdown();

		await().atMost(WirePeer.TIMEOUT)
			.untilAsserted(
					() -> assertThat(this.actuator.metric("chat.connections.closed")).isEqualTo(closed + CLIENTS));
		await().atMost(WirePeer.TIMEOUT)
			.untilAsserted(() -> assertThat(this.actuator.metric("chat.connections.active")).isEqualTo(active));
	}

}
