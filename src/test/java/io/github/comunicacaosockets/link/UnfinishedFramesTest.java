package io.github.comunicacaosockets.link;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import io.github.comunicacaosockets.chat.MessageReceived;
import io.github.comunicacaosockets.support.ChatSlice.EventLog;
import io.github.comunicacaosockets.support.ChatSliceTest;
import io.github.comunicacaosockets.support.ServerThreads;
import io.github.comunicacaosockets.support.ServerUnderTest;
import io.github.comunicacaosockets.support.WirePeer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ChatSliceTest
@Import(ServerUnderTest.class)
@TestPropertySource(properties = { "chat.max-connections=250", "chat.max-connections-per-address=250" })
@DisplayName("Peers that send half a frame and stop")
class UnfinishedFramesTest {

	private static final int PEERS = 200;

	@Autowired
	private ServerUnderTest server;

	@Autowired
	private Connections connections;

	@Autowired
	private EventLog events;

	@Test
	@DisplayName("hold only their own buffers, no thread, and their frames finish when the rest arrives")
	void holdNoThread() {
		Connections lines = this.connections;
		int received = this.events.of(MessageReceived.class).size();
		List<WirePeer> peers = new ArrayList<>();
		try {
			for (int i = 0; i < PEERS; i++) {
				peers.add(this.server.connect().send("0100"));
			}
			await().atMost(WirePeer.TIMEOUT).until(() -> lines.unfinishedLines() == PEERS);

			await().atMost(WirePeer.TIMEOUT).untilAsserted(() -> assertThat(ServerThreads.waitingForAPeer()).isEmpty());

			peers.forEach((peer) -> peer.send("1111\n"));
			await().atMost(WirePeer.TIMEOUT)
				.until(() -> this.events.of(MessageReceived.class).size() == received + PEERS);
			assertThat(lines.unfinishedLines()).isZero();
		}
		finally {
			peers.forEach(WirePeer::close);
		}
	}

}
