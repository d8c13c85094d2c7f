package io.github.comunicacaosockets.wire;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.github.comunicacaosockets.config.ChatProperties.Check;
import io.github.comunicacaosockets.support.Actuator;
import io.github.comunicacaosockets.support.RunningApp;
import io.github.comunicacaosockets.support.ServerConsole;
import io.github.comunicacaosockets.support.WirePeer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The link's error checks between real sockets: a peer's frames, damaged on purpose, and
 * a noisy client.
 */
@ExtendWith(OutputCaptureExtension.class)
@DisplayName("A server with chat.wire.check")
class LinkChecksEndToEndTest {

	private static String wire(Check check, String text, int... flipped) {
		byte[] bits = new LinkCheck(check).protect(text.getBytes(StandardCharsets.UTF_8));
		for (int position : flipped) {
			bits[position] = (byte) ((bits[position] == '0') ? '1' : '0');
		}
		return new String(bits, StandardCharsets.US_ASCII) + "\n";
	}

	@Test
	@DisplayName("hamming: delivers a frame with one flipped bit per codeword, says which bits it put right, and counts it")
	void hammingCorrects(CapturedOutput output) {
		ServerConsole console = new ServerConsole(output);
		try (RunningApp server = RunningApp.server(0, "--chat.wire.check=hamming");
				WirePeer peer = WirePeer.connect(server.chatPort())) {
			int number = console.numberOf(peer);
			peer.send(wire(Check.HAMMING, "oi", 2, 20));

			console.shows("Cliente #" + number + ": oi");
			console
				.shows("Hamming corrigiu 2 bits do quadro do cliente #" + number + ": 3, 21 (posições a partir de 1).");
			// "oi": 0110 1111 0110 1001 as codewords 1100110 1111111 1100110 0011001,
			// bits 3 and 21 flipped
			assertThat(console.text()).contains("  chegou:   1110110 1111111 1100111 0011001" + System.lineSeparator()
					+ " ".repeat(12) + "  ^                   ^" + System.lineSeparator());
			Actuator actuator = server.actuator();
			assertThat(actuator.metric("chat.frames.checked", "check:hamming", "outcome:corrected")).isOne();
			assertThat(actuator.metric("chat.messages.received")).isOne();
		}
	}

	@Test
	@DisplayName("parity: rejects a frame with a byte whose parity fails, names the byte, and delivers an intact one")
	void parityDetects(CapturedOutput output) throws Exception {
		ServerConsole console = new ServerConsole(output);
		try (RunningApp server = RunningApp.server(0, "--chat.wire.check=parity");
				WirePeer peer = WirePeer.connect(server.chatPort())) {
			int number = console.numberOf(peer);
			peer.send(wire(Check.PARITY, "oi", 12));
			peer.send(wire(Check.PARITY, "oi"));

			console.showsLineMatching("Mensagem rejeitada do cliente #" + number
					+ ".*a paridade falhou no byte 2: bits trocados no caminho\\. Bits recebidos \\(entre colchetes o byte suspeito\\): "
					+ "011011110 \\[011110010\\]\\.");
			console.shows("Cliente #" + number + ": oi");
			Actuator actuator = server.actuator();
			assertThat(actuator.metric("chat.frames.checked", "check:parity", "outcome:detected")).isOne();
			assertThat(actuator.metric("chat.frames.checked", "check:parity", "outcome:ok")).isOne();
			assertThat(actuator.metric("chat.messages.rejected", "reason:check-failed")).isOne();
			assertThat(server.shell().sendCommand("status").lines())
				.contains("Verificação parity: 1 quadros intactos, 0 corrigidos, 1 com erro encontrado");
		}
	}

	@Test
	@DisplayName("crc32: rejects a frame with a burst of flipped bits")
	void crcDetects(CapturedOutput output) {
		ServerConsole console = new ServerConsole(output);
		try (RunningApp server = RunningApp.server(0, "--chat.wire.check=crc32");
				WirePeer peer = WirePeer.connect(server.chatPort())) {
			int number = console.numberOf(peer);
			peer.send(wire(Check.CRC32, "olá", 3, 4, 5, 6, 7));

			console.showsLineMatching("Mensagem rejeitada do cliente #" + number
					+ ".*a verificação crc32 falhou: bits trocados no caminho\\..*");
			assertThat(server.actuator().metric("chat.frames.checked", "check:crc32", "outcome:detected")).isOne();
			assertThat(console.text()).doesNotContain("Cliente #" + number + ": ");
		}
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(value = Check.class, names = { "PARITY", "CRC32", "HAMMING" })
	@DisplayName("a noisy client says which bits it flipped, and the server's check catches or repairs them")
	void noisyClient(Check check, CapturedOutput output) throws Exception {
		ServerConsole console = new ServerConsole(output);
		String checkSetting = "--chat.wire.check=" + check.value();
		try (RunningApp server = RunningApp.server(0, checkSetting);
				RunningApp client = RunningApp.client(server.chatPort(), checkSetting,
						"--chat.wire.noise.bit-error-rate=0.01", "--chat.wire.noise.seed=5")) {
			console.shows("Conectado ao servidor localhost na porta " + server.chatPort() + ".");
			String text = "uma mensagem longa o bastante para que o ruído troque alguns bits no caminho";
			client.shell().sendCommand("send " + text);

			console.showsLineMatching(
					"Ruído no fio: (o bit \\d+ foi invertido|\\d+ bits foram invertidos: [\\d, ]+) \\(posições a partir de 1\\)\\.");
			assertThat(client.actuator().metric("chat.wire.noise.flipped")).isPositive();
			assertThat(client.shell().sendCommand("status").lines()).anySatisfy((line) -> assertThat(line).matches(
					"Ruído simulado: cada bit enviado é invertido com probabilidade 0\\.01; \\d+ bits? invertidos? até agora"));
			Actuator actuator = server.actuator();
			String tag = "check:" + check.value();
			await().atMost(WirePeer.TIMEOUT)
				.untilAsserted(() -> assertThat(actuator.metric("chat.frames.checked", tag, "outcome:corrected")
						+ actuator.metric("chat.frames.checked", tag, "outcome:detected"))
					.as("the frame arrived damaged, and the check saw it")
					.isOne());
			assertThat(actuator.metric("chat.frames.checked", tag, "outcome:ok")).isZero();
		}
	}

	@Test
	@DisplayName("a server without a check names the check of a peer's intact frames (parity, CRC-32), and hints at it for a damaged one")
	void namesACheckItDoesNotUse(CapturedOutput output) throws Exception {
		ServerConsole console = new ServerConsole(output);
		try (RunningApp server = RunningApp.server(0); WirePeer peer = WirePeer.connect(server.chatPort())) {
			int number = console.numberOf(peer);
			peer.send(wire(Check.PARITY, "oi"));
			console.showsLineMatching("Mensagem rejeitada do cliente #" + number + ": os bits têm a forma de "
					+ "chat\\.wire\\.check=parity \\(9 bits por byte, o último de paridade\\), sem nenhum erro, "
					+ "mas este lado usa chat\\.wire\\.check=none: os dois lados precisam da mesma verificação\\. "
					+ "Bits recebidos: 011011110 011010010\\.");

			peer.send(wire(Check.CRC32, "oi"));
			console.showsLineMatching("Mensagem rejeitada do cliente #" + number
					+ ": os bits têm a forma de chat\\.wire\\.check=crc32 \\(os bytes seguidos do seu CRC-32\\).*");

			peer.send(wire(Check.PARITY, "oi", 3));
			console.showsLineMatching("Mensagem rejeitada do cliente #" + number + ".*18.*"
					+ "Dica: os dígitos vêm em grupos de 9; o outro lado usa chat\\.wire\\.check=parity\\? .*");
			assertThat(server.actuator().metric("chat.messages.rejected", "reason:check-mismatch")).isEqualTo(2);
			assertThat(server.shell().sendCommand("status").lines())
				.contains("Quadros com a forma de outra verificação: 2 (este lado usa chat.wire.check=none)");
			assertThat(console.text()).doesNotContain("Cliente #" + number + ": ");
		}
	}

	@Test
	@DisplayName("a server with hamming names a client without a check instead of repairing its frames into other text, and tells the client once, which names hamming")
	void namesAClientWithoutACheck(CapturedOutput output) throws Exception {
		ServerConsole console = new ServerConsole(output);
		try (RunningApp server = RunningApp.server(0, "--chat.wire.check=hamming");
				RunningApp client = RunningApp.client(server.chatPort())) {
			console.shows("Conectado ao servidor localhost na porta " + server.chatPort() + ".");
			// 7 bytes: 56 digits, four codewords' worth of 14
			client.shell().sendCommand("send oi, olá");

			console.showsLineMatching("Mensagem rejeitada do cliente #\\d+: os bits têm a forma de "
					+ "chat\\.wire\\.check=none \\(8 bits por byte, sem bits de verificação\\), sem nenhum erro, "
					+ "mas este lado usa chat\\.wire\\.check=hamming: .*Bits recebidos: 01101111 01101001 .*");
			console.showsLineMatching("Mensagem rejeitada do servidor: os bits têm a forma de "
					+ "chat\\.wire\\.check=hamming \\(dois códigos de Hamming\\(7,4\\) por byte\\), sem nenhum erro, "
					+ "mas este lado usa chat\\.wire\\.check=none: .*");
			client.shell().sendCommand("send de novo");
			Actuator actuator = server.actuator();
			await().atMost(WirePeer.TIMEOUT)
				.untilAsserted(() -> assertThat(actuator.metric("chat.messages.rejected", "reason:check-mismatch"))
					.isEqualTo(2));
			assertThat(actuator.metric("chat.frames.checked", "check:hamming", "outcome:corrected")).isZero();
			assertThat(actuator.metric("chat.messages.received")).isZero();
			assertThat(server.shell().sendCommand("status").lines())
				.contains("Quadros com a forma de outra verificação: 2 (este lado usa chat.wire.check=hamming)");
			assertThat(client.actuator().metric("chat.messages.rejected", "reason:check-mismatch"))
				.as("the client is told once")
				.isOne();
			assertThat(actuator.metric("chat.messages.sent")).as("the notice is not a message").isZero();
		}
	}

}
