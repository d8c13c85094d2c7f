package io.github.comunicacaosockets.wire;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.shell.test.ShellTestClient;
import org.springframework.test.context.TestPropertySource;

import io.github.comunicacaosockets.support.Actuator;
import io.github.comunicacaosockets.support.ServerConsole;
import io.github.comunicacaosockets.support.ServerTest;
import io.github.comunicacaosockets.support.ServerUnderTest;
import io.github.comunicacaosockets.support.WirePeer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import io.github.comunicacaosockets.link.Connections;

@ServerTest
@TestPropertySource(properties = "chat.max-message-bytes=1KB")
@DisplayName("The server, with bits on lines (the default wire), talking to plain sockets")
class ServerOverBitsAndLinesTest {

	private static final String OLA_BITS = "01001111011011001100001110100001";

	@Autowired
	private ServerUnderTest server;

	@Autowired
	private ShellTestClient shell;

	@Autowired
	private Connections connections;

	private Actuator actuator;

	@BeforeEach
	void reachActuator() {
		this.actuator = this.server.actuator();
	}

	@Test
	@DisplayName("shows the bits and the text of a message, and counts it as received")
	void receivesBits(CapturedOutput output) {
		ServerConsole console = new ServerConsole(output);
		double received = this.actuator.metric("chat.messages.received");
		try (WirePeer peer = this.server.connect()) {
			int number = console.numberOf(peer);

			peer.send(OLA_BITS + "\n");

			console.shows("Bits recebidos do cliente #" + number + ": 01001111 01101100 11000011 10100001");
			console.shows("Cliente #" + number + ": Olá");
			assertThat(this.actuator.metric("chat.messages.received")).isEqualTo(received + 1);
		}
	}

	@Test
	@DisplayName("accepts spaces between octets and CRLF line ends, as typed into telnet")
	void acceptsTypedBits(CapturedOutput output) {
		ServerConsole console = new ServerConsole(output);
		try (WirePeer peer = this.server.connect()) {
			int number = console.numberOf(peer);

			peer.send("01101111 01101001\r\n");

			console.shows("Cliente #" + number + ": oi");
		}
	}

	@Test
	@DisplayName("sends what is typed after 'send' as bits with a line end, and shows the bits sent")
	void sendsBits(CapturedOutput output) throws Exception {
		ServerConsole console = new ServerConsole(output);
		double sent = this.actuator.metric("chat.messages.sent");
		try (WirePeer peer = this.server.connect()) {
			int number = console.numberOf(peer);

			var screen = this.shell.sendCommand("send --to " + number + " Olá");

			assertThat(peer.readLine()).isEqualTo(OLA_BITS);
			assertThat(screen.lines())
				.containsExactly("Bits enviados para o cliente #" + number + ": 01001111 01101100 11000011 10100001");
			assertThat(this.actuator.metric("chat.messages.sent")).isEqualTo(sent + 1);
		}
	}

	@Test
	@DisplayName("rejects malformed bits with a clear line and a count, and keeps the connection")
	void rejectsMalformedBits(CapturedOutput output) {
		ServerConsole console = new ServerConsole(output);
		double malformed = this.actuator.metric("chat.messages.rejected", "reason:malformed-bits");
		try (WirePeer peer = this.server.connect()) {
			int number = console.numberOf(peer);

			peer.send("0100x111\n").send("0100111\n").send(OLA_BITS + "\n");

			console.shows("Mensagem rejeitada do cliente #" + number + ": caractere 'x' na posição 5");
			console.shows("Mensagem rejeitada do cliente #" + number + ": 7 bits não formam bytes inteiros");
			console.shows("Cliente #" + number + ": Olá");
			assertThat(this.actuator.metric("chat.messages.rejected", "reason:malformed-bits"))
				.isEqualTo(malformed + 2);
		}
	}

	@Test
	@DisplayName("names a likely wire-mode mismatch once: plain text where bits were expected, a line that never ends")
	void hintsAtWireModeMismatch(CapturedOutput output) {
		ServerConsole console = new ServerConsole(output);
		String encodingHint = " Dica: chegou texto, não bits; o outro lado usa chat.wire.encoding=bytes? "
				+ "Este lado espera bits (chat.wire.encoding=bits).";
		try (WirePeer peer = this.server.connect()) {
			int number = console.numberOf(peer);

			peer.send("oi\n").send("tudo bem?\n").send(OLA_BITS + "\n");

			console.shows("Cliente #" + number + ": Olá");
			console.showsLineMatching(Pattern.quote("Mensagem rejeitada do cliente #" + number
					+ ": caractere 'o' na posição 1 (só 0, 1 e espaços são aceitos)." + encodingHint));
			console.showsLineMatching(Pattern.quote("Mensagem rejeitada do cliente #" + number
					+ ": caractere 't' na posição 1 (só 0, 1 e espaços são aceitos)."));
		}
		try (WirePeer rawPeer = this.server.connect()) {
			int number = console.numberOf(rawPeer);

			rawPeer.send("0".repeat(2048));

			console.showsLineMatching(Pattern.quote("Mensagem descartada do cliente #" + number + " (127.0.0.1:"
					+ rawPeer.localPort() + "): quadro maior que o limite de 1024 bytes (chat.max-message-bytes): "
					+ "1025 bytes recebidos sem fim de linha. Conexão encerrada. Dica: os bytes nunca terminaram uma "
					+ "linha; o outro lado usa chat.wire.framing=raw? Este lado espera uma mensagem por linha "
					+ "(chat.wire.framing=line)."));
		}
	}

	@Test
	@DisplayName("shows bytes that are not UTF-8 with U+FFFD, flags them and counts them as rejected")
	void flagsInvalidUtf8(CapturedOutput output) {
		ServerConsole console = new ServerConsole(output);
		double invalid = this.actuator.metric("chat.messages.rejected", "reason:invalid-utf8");
		double received = this.actuator.metric("chat.messages.received");
		try (WirePeer peer = this.server.connect()) {
			int number = console.numberOf(peer);

			peer.send("01001111 11000011\n");

			console.shows("Cliente #" + number + ": O\uFFFD");
			console.shows("Aviso: a mensagem do cliente #" + number + " tem bytes inválidos em UTF-8");
			assertThat(this.actuator.metric("chat.messages.rejected", "reason:invalid-utf8")).isEqualTo(invalid + 1);
			assertThat(this.actuator.metric("chat.messages.received")).isEqualTo(received);
		}
	}

	@Test
	@DisplayName("ignores an empty line but counts it")
	void ignoresEmptyLines(CapturedOutput output) {
		ServerConsole console = new ServerConsole(output);
		double empty = this.actuator.metric("chat.messages.rejected", "reason:empty");
		try (WirePeer peer = this.server.connect()) {
			int number = console.numberOf(peer);

			peer.send("\r\n").send("   \n").send("01101111 01101001\n");

			console.shows("Cliente #" + number + ": oi");
			assertThat(this.actuator.metric("chat.messages.rejected", "reason:empty")).isEqualTo(empty + 2);
			assertThat(console.text()).doesNotContain("Mensagem rejeitada do cliente #" + number);
		}
	}

	@Test
	@DisplayName("closes only the connection that sends a frame over chat.max-message-bytes, telling it why")
	void closesOversizedSender(CapturedOutput output) {
		ServerConsole console = new ServerConsole(output);
		double tooLarge = this.actuator.metric("chat.messages.rejected", "reason:too-large");
		try (WirePeer flooder = this.server.connect(); WirePeer bystander = this.server.connect()) {
			int flooderNumber = console.numberOf(flooder);
			int bystanderNumber = console.numberOf(bystander);

			flooder.send("0".repeat(2048).getBytes(StandardCharsets.US_ASCII));

			assertThat(flooder.readBits())
				.isEqualTo("Conexão encerrada: mensagem maior que o limite de 1024 bytes (chat.max-message-bytes).");
			assertThat(flooder.closedByServer()).isTrue();
			console.shows("Mensagem descartada do cliente #" + flooderNumber + " (127.0.0.1:" + flooder.localPort()
					+ "): quadro maior que o limite de 1024 bytes (chat.max-message-bytes): 1025 bytes recebidos");
			assertThat(this.actuator.metric("chat.messages.rejected", "reason:too-large")).isEqualTo(tooLarge + 1);
			bystander.send(OLA_BITS + "\n");
			console.shows("Cliente #" + bystanderNumber + ": Olá");
		}
	}

	@Test
	@DisplayName("takes a frame of exactly chat.max-message-bytes whose line end, LF or CR LF, comes in a later read")
	void takesFrameAtTheBoundWithItsLineEndLater(CapturedOutput output) {
		ServerConsole console = new ServerConsole(output);
		Connections lines = this.connections;
		String text = "a".repeat(128);
		byte[] bits = BitCodec.encode(text.getBytes(StandardCharsets.UTF_8));
		try (WirePeer peer = this.server.connect()) {
			int number = console.numberOf(peer);
			int taken = 0;
			for (String lineEnd : new String[] { "\n", "\r\n" }) {
				long unfinished = lines.unfinishedLines();
				peer.send(bits);
				await().atMost(WirePeer.TIMEOUT).until(() -> lines.unfinishedLines() == unfinished + 1);

				peer.send(lineEnd);

				console.shows("Cliente #" + number + ": " + text, ++taken);
			}
			assertThat(console.text()).doesNotContain("Mensagem descartada do cliente #" + number);
		}
	}

	@Test
	@DisplayName("reports a peer that vanishes in the middle of a frame, the lost frame first, and counts it")
	void reportsPeerVanishingMidFrame(CapturedOutput output) {
		ServerConsole console = new ServerConsole(output);
		double incomplete = this.actuator.metric("chat.messages.rejected", "reason:incomplete");
		WirePeer peer = this.server.connect();
		int number = console.numberOf(peer);

		peer.send("0100");
		peer.close();

		String lost = "Mensagem descartada do cliente #" + number + " (127.0.0.1:" + peer.localPort()
				+ "): conexão encerrada no meio de uma mensagem (4 bytes sem fim de linha)";
		String left = "Cliente desconectado. (cliente #" + number + ",";
		console.shows(left);
		console.shows(lost);
		assertThat(console.text().indexOf(lost)).as("the lost frame is reported before the departure")
			.isLessThan(console.text().indexOf(left));
		await().atMost(WirePeer.TIMEOUT)
			.until(() -> this.actuator.metric("chat.messages.rejected", "reason:incomplete") == incomplete + 1);
	}

	@Test
	@DisplayName("delivers the last message of a peer that sends it and closes at once")
	void deliversMessageSentJustBeforeClosing() {
		double received = this.actuator.metric("chat.messages.received");
		int peers = 100;

		for (int i = 0; i < peers; i++) {
			this.server.connect().send(OLA_BITS + "\n").close();
		}

		await().atMost(WirePeer.TIMEOUT)
			.untilAsserted(
					() -> assertThat(this.actuator.metric("chat.messages.received")).isEqualTo(received + peers));
	}

	@Test
	@DisplayName("survives a peer that resets its connection, and shows it left, with no log line or stack trace")
	void survivesReset(CapturedOutput output) {
		ServerConsole console = new ServerConsole(output);
		WirePeer peer = this.server.connect();
		int number = console.numberOf(peer);

		peer.abort();

		console.shows("Cliente desconectado. (cliente #" + number + ",");
		try (WirePeer next = this.server.connect()) {
			int nextNumber = console.numberOf(next);
			next.send(OLA_BITS + "\n");
			console.shows("Cliente #" + nextNumber + ": Olá");
		}
		assertThat(output.getAll()).doesNotContain("Exception", "ERROR", "\tat ");
	}

	@Test
	@DisplayName("'bits <texto>' prints how each character becomes bytes and bits, and what the line costs on the wire")
	void bitsCommand() throws Exception {
		assertThat(this.shell.sendCommand("bits Olá").lines()).containsExactly(
				"caractere  código     UTF-8 (hex)   bits", "O          U+004F     4F            01001111",
				"l          U+006C     6C            01101100", "á          U+00E1     C3 A1         11000011 10100001",
				"Total: 3 caracteres, 4 bytes em UTF-8, 32 bits; 33 bytes no fio "
						+ "(cada bit como um caractere 0 ou 1 + fim de linha).");
		assertThat(this.shell.sendCommand("bits").lines())
			.containsExactly("Escreva o texto depois de bits (por exemplo: bits Olá).");
	}

}
