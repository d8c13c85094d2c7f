package io.github.comunicacaosockets.tcp;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

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
	@DisplayName("talk over TLS: the messages arrive, and the bytes on the wire are not the bits")
	void talkOverTls(CapturedOutput output) throws Exception {
		ServerConsole console = new ServerConsole(output);
		try (RunningApp server = RunningApp.server(0, settings(certificates.bundle("server", null)))) {
			int port = server.chatPort();
			try (RunningApp client = RunningApp.client(port, settings(certificates.bundle(null, "server")))) {
				console.shows("Conectado ao servidor localhost na porta " + port + ".");

				client.shell().sendCommand("send segredo");
				console.shows("Cliente #1: segredo");
				server.shell().sendCommand("send recebido");
				console.shows("Servidor: recebido");
			}
			try (WirePeer eavesdropper = WirePeer.connect(port)) {
				eavesdropper.sendBits("oi");
				assertThat(eavesdropper.closedByServer()).isTrue();
			}
			console.shows("Falha de TLS com o cliente #2 (127.0.0.1:");
			assertThat(console.text()).doesNotContain("Cliente #2: oi");
		}
	}

	@Test
	@DisplayName("with client-auth need, refuses a client without a certificate the server trusts")
	void requiresClientCertificate(CapturedOutput output) throws Exception {
		ServerConsole console = new ServerConsole(output);
		try (RunningApp server = RunningApp.server(0,
				settings(certificates.bundle("server", "client"), "--chat.tls.client-auth=need"))) {
			int port = server.chatPort();
			try (RunningApp anonymous = RunningApp.client(port, settings(certificates.bundle(null, "server")))) {
				console.shows("Conectado ao servidor localhost na porta " + port + ".");
				anonymous.shell().sendCommand("send quem sou eu?");
				console.shows("Falha de TLS com o");
			}
			try (RunningApp known = RunningApp.client(port, settings(certificates.bundle("client", "server")))) {
				known.shell().sendCommand("send sou eu");
				console.shows(": sou eu");
			}
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
			assertThat(console.text()).doesNotContain("Cliente #1: oi");
		}
	}

}
