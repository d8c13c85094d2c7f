package io.github.comunicacaosockets.tcp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.github.comunicacaosockets.codec.BitCodec;
import io.github.comunicacaosockets.support.RunningApp;
import io.github.comunicacaosockets.support.ServerConsole;
import io.github.comunicacaosockets.support.TestCertificates;
import io.github.comunicacaosockets.support.WirePeer;
import io.github.comunicacaosockets.support.WireTap;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
@DisplayName("A client and a server of ours with chat.tls.enabled")
class TlsTest {

	@TempDir
	static Path keys;

	private static TestCertificates certificates;

	@BeforeAll
	static void makeKeys() {
		certificates = new TestCertificates(keys).keyPair("server").keyPair("client");
	}

	private static String[] settings(List<String> tls, String... more) {
		return Stream.concat(tls.stream(), Stream.of(more)).toArray(String[]::new);
	}

	@Test
	@DisplayName("talk over TLS: the messages arrive, and what passes on the link is neither their text nor their bits")
	void talkOverTls(CapturedOutput output) throws Exception {
		ServerConsole console = new ServerConsole(output);
		try (RunningApp server = RunningApp.server(0, settings(certificates.bundle("server", null)));
				WireTap link = WireTap.to(server.chatPort())) {
			try (RunningApp client = RunningApp.client(link.port(), settings(certificates.bundle(null, "server")))) {
				console.shows("Conectado ao servidor localhost na porta " + link.port() + ".");

				client.shell().sendCommand("send segredo");
				console.shows("Cliente #1: segredo");
				server.shell().sendCommand("send recebido");
				console.shows("Servidor: recebido");
			}

			assertThat(link.sentToServer()).as("bytes from the client").isNotEmpty()
				.satisfies((wire) -> assertThat(contains(wire, bits("segredo"))).as("the bits of 'segredo'").isFalse())
				.satisfies((wire) -> assertThat(contains(wire, utf8("segredo"))).as("'segredo'").isFalse());
			assertThat(link.sentToClients()).as("bytes from the server").isNotEmpty()
				.satisfies((wire) -> assertThat(contains(wire, bits("recebido"))).as("the bits of 'recebido'").isFalse())
				.satisfies((wire) -> assertThat(contains(wire, utf8("recebido"))).as("'recebido'").isFalse());
		}
	}

	@Test
	@DisplayName("a client that does not speak TLS is closed, named on the server's console, and its message is not delivered")
	void refusesPlainClient(CapturedOutput output) throws Exception {
		ServerConsole console = new ServerConsole(output);
		try (RunningApp server = RunningApp.server(0, settings(certificates.bundle("server", null)))) {
			try (WirePeer eavesdropper = WirePeer.connect(server.chatPort())) {
				eavesdropper.sendBits("oi");

				assertThat(eavesdropper.closedByServer()).isTrue();
				console.showsLineMatching("Falha de TLS com o cliente #\\d+ \\(127\\.0\\.0\\.1:" + eavesdropper.localPort()
						+ "\\) \\(Unrecognized SSL message, plaintext connection\\?\\)\\. "
						+ "O cliente usa TLS e confia no certificado do servidor\\?");
			}
			assertThat(server.actuator().metric("chat.messages.received")).isZero();
			assertThat(console.text()).doesNotContain(": oi");
		}
		assertThat(output.getAll()).as("log lines on the console").doesNotContain("Exception", "ERROR", "\tat ");
	}

	@Test
	@DisplayName("with client-auth need, refuses a client without a certificate the server trusts, and delivers nothing from it")
	void requiresClientCertificate(CapturedOutput output) throws Exception {
		ServerConsole console = new ServerConsole(output);
		try (RunningApp server = RunningApp.server(0,
				settings(certificates.bundle("server", "client"), "--chat.tls.client-auth=need"))) {
			int port = server.chatPort();
			try (RunningApp anonymous = RunningApp.client(port, settings(certificates.bundle(null, "server")))) {
				console.shows("Conectado ao servidor localhost na porta " + port + ".");
				anonymous.shell().sendCommand("send quem sou eu?");
				console.showsLineMatching("Falha de TLS com o cliente #1 \\(127\\.0\\.0\\.1:\\d+\\) "
						+ "\\(Empty client certificate chain\\)\\. O cliente usa TLS e confia no certificado do servidor\\?");
			}
			try (RunningApp known = RunningApp.client(port, settings(certificates.bundle("client", "server")))) {
				known.shell().sendCommand("send sou eu");
				console.shows("Cliente #2: sou eu");
			}
			assertThat(server.actuator().metric("chat.messages.received")).isOne();
			assertThat(console.text()).doesNotContain("quem sou eu");
		}
	}

	@Test
	@DisplayName("a client refuses a server whose certificate it does not trust")
	void refusesUntrustedServer(CapturedOutput output) throws Exception {
		ServerConsole console = new ServerConsole(output);
		try (RunningApp server = RunningApp.server(0, settings(certificates.bundle("server", null)))) {
			int port = server.chatPort();
			try (RunningApp client = RunningApp.client(port, settings(certificates.bundle(null, "client")))) {
				console.shows("Conectado ao servidor localhost na porta " + port + ".");
				assertThat(client.shell().sendCommand("send oi").lines()).singleElement()
					.asString()
					.startsWith("Falha ao enviar para o servidor (falha de TLS: PKIX path validation failed");
			}
			assertThat(server.actuator().metric("chat.messages.received")).isZero();
			assertThat(console.text()).doesNotContain("Cliente #1: oi");
		}
	}

	private static byte[] bits(String text) {
		return BitCodec.encode(utf8(text));
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static boolean contains(byte[] wire, byte[] part) {
		for (int i = 0; i + part.length <= wire.length; i++) {
			if (Arrays.equals(wire, i, i + part.length, part, 0, part.length)) {
				return true;
			}
		}
		return false;
	}

}
