package io.github.comunicacaosockets.link;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import javax.net.ssl.SSLSocket;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.github.comunicacaosockets.support.RunningApp;
import io.github.comunicacaosockets.support.ServerConsole;
import io.github.comunicacaosockets.support.TestCertificates;
import io.github.comunicacaosockets.support.WirePeer;
import io.github.comunicacaosockets.support.WireTap;
import io.github.comunicacaosockets.wire.BitCodec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

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

			assertThat(link.sentToServer()).as("bytes from the client")
				.isNotEmpty()
				.satisfies((wire) -> assertThat(contains(wire, bits("segredo"))).as("the bits of 'segredo'").isFalse())
				.satisfies((wire) -> assertThat(contains(wire, utf8("segredo"))).as("'segredo'").isFalse());
			assertThat(link.sentToClients()).as("bytes from the server")
				.isNotEmpty()
				.satisfies(
						(wire) -> assertThat(contains(wire, bits("recebido"))).as("the bits of 'recebido'").isFalse())
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
				console.showsLineMatching("Falha de TLS com o cliente #\\d+ \\(127\\.0\\.0\\.1:"
						+ eavesdropper.localPort() + "\\) \\(Unrecognized SSL message, plaintext connection\\?\\)\\. "
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
			int known = console.mark();
			try (RunningApp client = RunningApp.client(port, settings(certificates.bundle("client", "server")))) {
				console.showsAfter(known, "Conectado ao servidor localhost na porta " + port + ".");
				client.shell().sendCommand("send sou eu");
				// its number depends on how many times the refused client tried again
				// meanwhile
				console.showsLineMatching("Cliente #\\d+: sou eu");
			}
			assertThat(server.actuator().metric("chat.messages.received")).isOne();
			assertThat(console.text()).doesNotContain("quem sou eu");
		}
	}

	@Test
	@DisplayName("a client refuses a server whose certificate it does not trust: one line on each side, never 'Conectado', and tries again later")
	void refusesUntrustedServer(CapturedOutput output) throws Exception {
		ServerConsole console = new ServerConsole(output);
		try (RunningApp server = RunningApp.server(0, settings(certificates.bundle("server", null)))) {
			int port = server.chatPort();
			try (RunningApp client = RunningApp.client(port, settings(certificates.bundle(null, "client")))) {
				console.showsLineMatching("Falha de TLS com o servidor \\(PKIX path validation failed.*\\)\\. "
						+ "O servidor usa TLS \\(chat\\.tls\\.enabled\\) com um certificado em que este cliente confia\\? "
						+ "Nova tentativa em 200 ms\\.");
				console.showsLineMatching("Falha de TLS com o cliente #1 \\(127\\.0\\.0\\.1:\\d+\\) "
						+ "\\(Received fatal alert: \\w+\\)\\. O cliente usa TLS e confia no certificado do servidor\\?");
				console.shows("Nova tentativa em 400 ms.");
				assertThat(client.shell().sendCommand("send oi").lines()).singleElement()
					.isEqualTo("Sem conexão com o servidor: a mensagem não foi enviada.");
			}
			assertThat(server.actuator().metric("chat.messages.received")).isZero();
			assertThat(console.text()).doesNotContain("Conectado ao servidor", "Cliente #1: oi");
		}
	}

	@Test
	@DisplayName("a TLS client and a plain-text server each name the mismatch in one line within seconds, and the client's prompt stays free")
	void tlsClientMeetsPlainServer(CapturedOutput output) throws Exception {
		ServerConsole console = new ServerConsole(output);
		try (RunningApp server = RunningApp.server(0)) {
			int port = server.chatPort();
			try (RunningApp client = RunningApp.client(port, settings(certificates.bundle(null, "server")))) {
				console.showsLineMatching(
						"O cliente #1 \\(127\\.0\\.0\\.1:\\d+\\) fala TLS, mas este servidor não usa TLS "
								+ "\\(chat\\.tls\\.enabled=false\\): conexão encerrada\\.");
				console.shows("O servidor fechou a conexão durante o handshake TLS: ele usa TLS (chat.tls.enabled)? "
						+ "Nova tentativa em 200 ms.");
				assertThat(client.shell().sendCommand("send oi").lines()).singleElement()
					.isEqualTo("Sem conexão com o servidor: a mensagem não foi enviada.");
			}
			assertThat(server.actuator().metric("chat.messages.received")).isZero();
			assertThat(server.actuator().metric("chat.messages.rejected")).isZero();
			assertThat(console.text()).doesNotContain("Conectado ao servidor", "Cliente desconectado");
		}
	}

	@Test
	@DisplayName("a plain-text client of a TLS server is told so in its own wire format before anything is sent, and its send is never reported as sent")
	void plainClientMeetsTlsServer(CapturedOutput output) throws Exception {
		ServerConsole console = new ServerConsole(output);
		try (RunningApp server = RunningApp.server(0,
				settings(certificates.bundle("server", null), "--chat.tls.handshake-timeout=1s"))) {
			int port = server.chatPort();
			try (RunningApp client = RunningApp.client(port, "--chat.retry-interval=1m")) {
				console.shows("O servidor recusou esta conexão (Este servidor usa TLS (chat.tls.enabled=true)). "
						+ "Nova tentativa em 60 s.");
				console
					.showsLineMatching("O cliente #1 \\(127\\.0\\.0\\.1:\\d+\\) não concluiu o handshake TLS em 1 s: "
							+ "ele usa TLS\\? Conexão encerrada\\.");
				assertThat(client.shell().sendCommand("send oi").lines()).singleElement()
					.isEqualTo("Sem conexão com o servidor: a mensagem não foi enviada.");
			}
			assertThat(server.actuator().metric("chat.messages.received")).isZero();
			assertThat(console.text()).doesNotContain("Servidor desconectado", "Servidor: Este servidor");
		}
	}

	@Test
	@DisplayName("a plain-text client that sends to a TLS server before it is told is told at once that its message was not delivered")
	void plainClientSendsToTlsServer(CapturedOutput output) throws Exception {
		ServerConsole console = new ServerConsole(output);
		try (RunningApp server = RunningApp.server(0, settings(certificates.bundle("server", null)))) {
			int port = server.chatPort();
			try (RunningApp client = RunningApp.client(port, "--chat.retry-interval=1m")) {
				console.shows("Conectado ao servidor localhost na porta " + port + ".");
				client.shell().sendCommand("send oi");

				console.shows("O servidor recusou esta conexão (Este servidor usa TLS (chat.tls.enabled=true)). "
						+ "Nova tentativa em 60 s. A mensagem enviada nesta conexão não foi entregue.");
				console.showsLineMatching(
						"Falha de TLS com o cliente #1 .*\\(Unrecognized SSL message, plaintext connection\\?\\).*");
			}
			assertThat(server.actuator().metric("chat.messages.received")).isZero();
		}
	}

	@Test
	@DisplayName("a TLS peer that stops reading holds up neither the prompt nor anyone: it is closed after chat.send-timeout")
	void closesASlowReaderOverTls(CapturedOutput output) throws Exception {
		ServerConsole console = new ServerConsole(output);
		String text = "z".repeat(8000);
		try (RunningApp server = RunningApp.server(0,
				settings(certificates.bundle("server", null), "--chat.send-timeout=2s", "--chat.send-buffer=64MB"));
				SSLSocket stalled = (SSLSocket) certificates.clientContext("server")
					.getSocketFactory()
					.createSocket()) {
			stalled.setReceiveBufferSize(4096);
			stalled.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.chatPort()));
			stalled.startHandshake();
			String number = console
				.showsLineMatching("Conectado por 127\\.0\\.0\\.1:" + stalled.getLocalPort() + " \\(cliente #(\\d+)\\)")
				.replaceAll(".*#(\\d+)\\)$", "$1");

			assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
				for (int i = 0; i < 100; i++) {
					server.shell().sendCommand("send --to " + number + " " + text);
				}
			}, "100 sends to a TLS peer that reads nothing");
			console.showsLineMatching("O cliente #" + number + " \\(127\\.0\\.0\\.1:" + stalled.getLocalPort()
					+ "\\) não lê o que recebe: \\d+ bytes esperando há 2 s \\(chat\\.send-timeout\\)\\. Conexão encerrada\\.");
		}
	}

	@Test
	@DisplayName("a TLS peer that starts a line and never ends it is given up after chat.frame-timeout, as a plain one is")
	void givesUpAnUnfinishedLineOverTls(CapturedOutput output) throws Exception {
		ServerConsole console = new ServerConsole(output);
		try (RunningApp server = RunningApp.server(0,
				settings(certificates.bundle("server", null), "--chat.frame-timeout=1s"));
				SSLSocket trickler = (SSLSocket) certificates.clientContext("server")
					.getSocketFactory()
					.createSocket()) {
			trickler.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.chatPort()));
			trickler.startHandshake();
			String number = console
				.showsLineMatching(
						"Conectado por 127\\.0\\.0\\.1:" + trickler.getLocalPort() + " \\(cliente #(\\d+)\\)")
				.replaceAll(".*#(\\d+)\\)$", "$1");

			trickler.getOutputStream().write("0110".getBytes(StandardCharsets.US_ASCII));
			trickler.getOutputStream().flush();

			console.shows("Mensagem descartada do cliente #" + number + " (127.0.0.1:" + trickler.getLocalPort()
					+ "): mensagem não terminada em 1 s (chat.frame-timeout): 4 bytes recebidos sem fim de linha. "
					+ "Conexão encerrada.");
			assertThat(server.actuator().metric("chat.messages.rejected", "reason:too-slow")).isEqualTo(1);
			assertThat(server.actuator().metric("chat.messages.rejected", "reason:incomplete"))
				.as("reported once, not also as cut off")
				.isZero();
			trickler.setSoTimeout((int) WirePeer.TIMEOUT.toMillis());
			assertThat(new String(trickler.getInputStream().readAllBytes(), StandardCharsets.US_ASCII))
				.as("the peer is told why, before the connection closes")
				.isEqualTo(new String(bits("Conexão encerrada: mensagem não terminada em 1 s (chat.frame-timeout)."),
						StandardCharsets.US_ASCII) + "\n");
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
