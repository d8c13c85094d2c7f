package io.github.comunicacaosockets.chat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.integration.ip.IpHeaders;
import org.springframework.integration.ip.tcp.connection.TcpConnectionOpenEvent;
import org.springframework.integration.ip.tcp.connection.TcpMessageMapper;
import org.springframework.integration.ip.tcp.connection.TcpNetConnection;
import org.springframework.integration.ip.tcp.connection.TcpNetServerConnectionFactory;
import org.springframework.integration.ip.tcp.serializer.TcpCodecs;
import org.springframework.integration.support.MessageBuilder;
import org.springframework.messaging.MessageHeaders;

import io.github.comunicacaosockets.config.ChatProperties;
import io.github.comunicacaosockets.support.ConsoleTexts;
import io.github.comunicacaosockets.support.Settings;
import io.github.comunicacaosockets.support.WirePeer;
import io.github.comunicacaosockets.wire.BitCodec;
import io.github.comunicacaosockets.wire.BitTransformer;

import static org.assertj.core.api.Assertions.assertThat;
import io.github.comunicacaosockets.link.Connections;
import io.github.comunicacaosockets.link.PacedClientConnectionFactory;
import io.github.comunicacaosockets.link.Peer;
import io.github.comunicacaosockets.link.ReconnectPacing;

/**
 * The conversation of a server on its own, without an application: its peers are Spring
 * Integration connections over real loopback sockets, and what it sends is written to
 * them as the outbound flow would write it (bits, then a line end).
 */
@DisplayName("Conversation, on its own")
class ConversationTest {

	private final List<Object> events = new CopyOnWriteArrayList<>();

	private final ApplicationEventPublisher publisher = this.events::add;

	private final Map<String, TcpNetConnection> serverSides = new ConcurrentHashMap<>();

	private final List<Socket> sockets = new ArrayList<>();

	/**
	 * Connections whose writes fail as if they had dropped between the choice of peers
	 * and the write.
	 */
	private final Set<String> dropped = ConcurrentHashMap.newKeySet();

	private ServerSocket listener;

	private Connections connections;

	private Conversation conversation;

	private BitTransformer bits;

	private void start(String... settings) throws IOException {
		ChatProperties properties = Settings.chat(settings);
		this.bits = new BitTransformer(properties.wire().encoding());
		ReconnectPacing pacing = new ReconnectPacing(properties.retryInterval());
		this.connections = new Connections(new TcpNetServerConnectionFactory(0), properties, this.publisher, pacing);
		ChatGateway outbound = (text, connectionId) -> {
			if (this.dropped.contains(connectionId)) {
				throw new PacedClientConnectionFactory.WaitingToReconnect();
			}
			this.serverSides.get(connectionId).send(MessageBuilder.withPayload(this.bits.toWire(text)).build());
		};
		this.conversation = new Conversation(this.connections, outbound, this.bits, properties, this.publisher,
				ConsoleTexts.portuguese(), pacing);
		this.listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
	}

	/**
	 * Connects a plain-socket client; returns it and the server's side of the connection.
	 */
	private WirePeer connect() throws IOException {
		WirePeer client = WirePeer.connect(this.listener.getLocalPort());
		Socket accepted = this.listener.accept();
		this.sockets.add(accepted);
		TcpNetConnection serverSide = new TcpNetConnection(accepted, true, false, this.publisher, "chat");
		serverSide.setSerializer(TcpCodecs.lf());
		serverSide.setMapper(new TcpMessageMapper());
		this.serverSides.put(serverSide.getConnectionId(), serverSide);
		this.connections.opened(new TcpConnectionOpenEvent(serverSide, "chat"));
		return client;
	}

	private Peer peer(int number) {
		return this.connections.byNumber(number).orElseThrow();
	}

	@AfterEach
	void closeSockets() throws IOException {
		for (Socket socket : this.sockets) {
			socket.close();
		}
		if (this.listener != null) {
			this.listener.close();
		}
	}

	private static String codeOf(MessageSourceResolvable words) {
		return words.getCodes()[0];
	}

	@Test
	@DisplayName("refuses a text whose bits pass chat.max-message-bytes, naming both sizes, and writes nothing; one at the bound goes")
	void refusesTooLarge() throws Exception {
		start("chat.max-message-bytes=16B");
		try (WirePeer client = connect()) {
			SendReport report = this.conversation.send("abc", Recipients.reply());

			assertThat(codeOf(report.refusal())).isEqualTo("send.refused.too-large");
			assertThat(report.refusal().getArguments()).containsExactly(24, 16);
			assertThat(report.delivered()).isEmpty();
			assertThat(this.conversation.send("ab", Recipients.reply()).delivered())
				.as("16 bytes of bits, at the bound")
				.extracting(Peer::number)
				.containsExactly(1);
			assertThat(client.readBits()).as("the first line the client got").isEqualTo("ab");
		}
	}

	@Test
	@DisplayName("refuses a client number nobody has, and writes nothing")
	void refusesUnknownNumber() throws Exception {
		start();
		try (WirePeer client = connect()) {
			SendReport report = this.conversation.send("oi", Recipients.number(99));

			assertThat(codeOf(report.refusal())).isEqualTo("send.refused.no-such-client");
			assertThat(report.refusal().getArguments()).containsExactly(99);
			assertThat(this.events).noneMatch(MessageSent.class::isInstance);
			this.conversation.send("depois", Recipients.number(1));
			assertThat(client.readBits()).as("the first line the client got").isEqualTo("depois");
		}
	}

	@Test
	@DisplayName("reports a peer it cannot write to, with the I/O error, and still delivers to the others")
	void reportsIoFailurePerPeer() throws Exception {
		start();
		try (WirePeer first = connect(); WirePeer second = connect()) {
			this.serverSides.get(peer(1).connectionId()).shutdownOutput();

			SendReport report = this.conversation.send("a todos", Recipients.everyone());

			assertThat(report.refusal()).isNull();
			assertThat(report.delivered()).extracting(Peer::number).containsExactly(2);
			assertThat(report.failed()).singleElement().satisfies((failure) -> {
				assertThat(failure.peer().number()).isEqualTo(1);
				assertThat(codeOf(failure.reason())).isEqualTo("send.failure.io");
				assertThat(failure.reason().getArguments()).containsExactly("Socket output is shutdown");
			});
			assertThat(second.readBits()).isEqualTo("a todos");
			assertThat(this.events).filteredOn(MessageSent.class::isInstance).hasSize(1);
		}
	}

	@Test
	@DisplayName("reports a peer whose connection dropped just before the write, rather than throwing, and still delivers to the others")
	void reportsADroppedConnectionPerPeer() throws Exception {
		start();
		try (WirePeer first = connect(); WirePeer second = connect()) {
			this.dropped.add(peer(1).connectionId());

			SendReport report = this.conversation.send("a todos", Recipients.everyone());

			assertThat(report.delivered()).extracting(Peer::number).containsExactly(2);
			assertThat(report.failed()).singleElement()
				.satisfies((failure) -> assertThat(codeOf(failure.reason())).isEqualTo("send.failure.not-connected"));
			assertThat(second.readBits()).isEqualTo("a todos");
		}
	}

	@Test
	@DisplayName("with chat.echo, sends a received message back to its sender, and to no one else")
	void echoes() throws Exception {
		start("chat.echo=true");
		try (WirePeer sender = connect(); WirePeer other = connect()) {
			receive("eco?", peer(1));
			this.conversation.send("só para o segundo", Recipients.number(2));

			assertThat(sender.readBits()).isEqualTo("eco?");
			assertThat(other.readBits()).as("the first line the other client got").isEqualTo("só para o segundo");
			assertThat(peer(1).messagesIn()).isOne();
			assertThat(peer(1).messagesOut()).isOne();
		}
	}

	@Test
	@DisplayName("without chat.echo, sends nothing back")
	void doesNotEchoByDefault() throws Exception {
		start();
		try (WirePeer sender = connect()) {
			receive("eco?", peer(1));
			this.conversation.send("resposta", Recipients.reply());

			assertThat(sender.readBits()).as("the first line the client got").isEqualTo("resposta");
			assertThat(this.events).filteredOn(MessageReceived.class::isInstance).hasSize(1);
		}
	}

	private void receive(String text, Peer from) {
		byte[] frame = BitCodec.encode(text.getBytes(StandardCharsets.UTF_8));
		this.conversation.received(this.bits.fromWire(frame),
				new MessageHeaders(Map.of(IpHeaders.CONNECTION_ID, from.connectionId())));
	}

}
