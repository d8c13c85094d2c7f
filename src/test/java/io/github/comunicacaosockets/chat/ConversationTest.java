package io.github.comunicacaosockets.chat;

import java.io.IOException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.annotation.Import;
import org.springframework.integration.ip.tcp.connection.TcpConnection;
import org.springframework.integration.ip.tcp.connection.TcpConnectionOpenEvent;
import org.springframework.test.context.TestPropertySource;

import io.github.comunicacaosockets.link.Connections;
import io.github.comunicacaosockets.link.Peer;
import io.github.comunicacaosockets.support.ChatSlice.EventLog;
import io.github.comunicacaosockets.support.ChatSliceTest;
import io.github.comunicacaosockets.support.ServerUnderTest;
import io.github.comunicacaosockets.support.WirePeer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The conversation of a server, with the connections and the wire beneath it and nothing
 * above: its peers are plain sockets, and what it sends they read as bits.
 */
@ChatSliceTest
@Import(ServerUnderTest.class)
@DisplayName("Conversation, with the link beneath it and no console")
class ConversationTest {

	@Autowired
	private ServerUnderTest server;

	@Autowired
	private Conversation conversation;

	@Autowired
	private Connections connections;

	@Autowired
	private EventLog events;

	/** The peer the server sees for a client, once it has announced it. */
	private Peer peerOf(WirePeer client) {
		String address = "127.0.0.1:" + client.localPort();
		return await().atMost(WirePeer.TIMEOUT)
			.until(() -> this.connections.list()
				.stream()
				.filter((peer) -> peer.address().equals(address))
				.findFirst()
				.orElse(null), (peer) -> peer != null);
	}

	private long sent() {
		return this.events.of(MessageSent.class).size();
	}

	private static String codeOf(MessageSourceResolvable words) {
		return words.getCodes()[0];
	}

	@Test
	@DisplayName("refuses a text whose bits pass chat.max-message-bytes (64 KiB), naming both sizes, and writes nothing; one at the bound goes")
	void refusesTooLarge() {
		try (WirePeer client = this.server.connect()) {
			Peer peer = peerOf(client);
			long sentBefore = sent();
			SendReport report = this.conversation.send("a".repeat(8193), Recipients.number(peer.number()));

			assertThat(codeOf(report.refusal())).isEqualTo("send.refused.too-large");
			assertThat(report.refusal().getArguments()).containsExactly(65544, 65536);
			assertThat(report.delivered()).isEmpty();
			assertThat(sent()).isEqualTo(sentBefore);
			assertThat(this.conversation.send("b".repeat(8192), Recipients.number(peer.number())).delivered())
				.as("64 KiB of bits, at the bound")
				.containsExactly(peer);
			assertThat(client.readBits()).as("the first line the client got").isEqualTo("b".repeat(8192));
		}
	}

	@Test
	@DisplayName("refuses a client number nobody has, and writes nothing")
	void refusesUnknownNumber() {
		try (WirePeer client = this.server.connect()) {
			Peer peer = peerOf(client);
			long sentBefore = sent();
			SendReport report = this.conversation.send("oi", Recipients.number(99_999));

			assertThat(codeOf(report.refusal())).isEqualTo("send.refused.no-such-client");
			assertThat(report.refusal().getArguments()).containsExactly(99_999);
			assertThat(sent()).isEqualTo(sentBefore);
			this.conversation.send("depois", Recipients.number(peer.number()));
			assertThat(client.readBits()).as("the first line the client got").isEqualTo("depois");
		}
	}

	@Test
	@DisplayName("reports a peer it cannot write to, with the I/O error in words, and still delivers to the others")
	void reportsIoFailurePerPeer() throws IOException {
		try (WirePeer first = this.server.connect(); WirePeer second = this.server.connect()) {
			Peer broken = peerOf(first);
			Peer fine = peerOf(second);
			serverSideOf(broken).shutdownOutput();
			long sentBefore = sent();

			SendReport report = this.conversation.send("a vocês", Recipients.everyone());

			assertThat(report.refusal()).isNull();
			assertThat(report.delivered()).contains(fine).doesNotContain(broken);
			assertThat(report.failed()).filteredOn((failure) -> failure.peer().equals(broken))
				.singleElement()
				.satisfies((failure) -> {
					assertThat(codeOf(failure.reason())).isEqualTo("send.failure.closed");
					assertThat(failure.reason().getArguments()).isEmpty();
				});
			assertThat(second.readBits()).isEqualTo("a vocês");
			assertThat(sent() - sentBefore).isEqualTo(report.delivered().size());
		}
	}

	private TcpConnection serverSideOf(Peer peer) {
		return this.events.of(TcpConnectionOpenEvent.class)
			.stream()
			.map((event) -> (TcpConnection) event.getSource())
			.filter((connection) -> connection.getConnectionId().equals(peer.connectionId()))
			.findFirst()
			.orElseThrow();
	}

	@Test
	@DisplayName("without chat.echo, sends nothing back")
	void doesNotEchoByDefault() {
		try (WirePeer sender = this.server.connect()) {
			Peer peer = peerOf(sender);
			sender.sendBits("eco?");
			await().atMost(WirePeer.TIMEOUT).until(() -> peer.messagesIn() == 1);
			this.conversation.send("resposta", Recipients.number(peer.number()));

			assertThat(sender.readBits()).as("the first line the client got").isEqualTo("resposta");
			assertThat(peer.messagesOut()).isOne();
		}
	}

	@Nested
	@TestPropertySource(properties = "chat.echo=true")
	@DisplayName("with chat.echo")
	class WithEcho {

		@Test
		@DisplayName("sends a received message back to its sender, and to no one else")
		void echoes() {
			try (WirePeer sender = ConversationTest.this.server.connect();
					WirePeer other = ConversationTest.this.server.connect()) {
				Peer senderPeer = peerOf(sender);
				Peer otherPeer = peerOf(other);
				sender.sendBits("eco?");
				ConversationTest.this.conversation.send("só para o segundo", Recipients.number(otherPeer.number()));

				assertThat(sender.readBits()).isEqualTo("eco?");
				assertThat(other.readBits()).as("the first line the other client got").isEqualTo("só para o segundo");
				await().atMost(WirePeer.TIMEOUT).untilAsserted(() -> {
					assertThat(senderPeer.messagesIn()).isOne();
					assertThat(senderPeer.messagesOut()).as("counted once written").isOne();
				});
			}
		}

	}

}
