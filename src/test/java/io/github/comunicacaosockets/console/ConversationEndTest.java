package io.github.comunicacaosockets.console;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.github.comunicacaosockets.support.ChildProcess;
import io.github.comunicacaosockets.support.WirePeer;
import io.github.comunicacaosockets.wire.BitCodec;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Ending the conversation: sair at the prompt, or SIGTERM")
class ConversationEndTest {

	private static final Duration START = Duration.ofSeconds(60);

	private static final Pattern LISTENING = Pattern.compile("Servidor aguardando conexão na porta (\\d+)\\.\\.\\.");

	@Test
	@DisplayName("SAIR, in any case, closes the connections, says 'Encerrando conexão.' and exits with status 0")
	void endsTheConversation() throws Exception {
		try (ChildProcess server = ChildProcess.start("--chat.port=0", "--server.port=0")) {
			int port = Integer.parseInt(server.awaitLine(LISTENING, START));
			try (WirePeer peer = WirePeer.connect(port)) {
				server.awaitLine(Pattern.compile("Conectado por 127\\.0\\.0\\.1:(" + peer.localPort() + ")"), START);

				server.type("SAIR");

				assertThat(peer.closedCleanlyByServer()).isTrue();
				assertThat(server.exitStatus(START)).isZero();
				assertThat(server.output()).contains("Encerrando conexão.")
					.as("the side that leaves does not report its peer as gone")
					.doesNotContain("Cliente desconectado.");
			}
		}
	}

	@Test
	@DisplayName("a headless server stopped with SIGTERM closes its connections cleanly, says so and exits with status 0")
	void headlessServerStopsGracefully() throws Exception {
		try (ChildProcess server = ChildProcess.start("--chat.port=0", "--server.port=0",
				"--spring.shell.interactive.enabled=false")) {
			int port = Integer.parseInt(server.awaitLine(LISTENING, START));
			try (WirePeer peer = WirePeer.connect(port)) {
				server.awaitLine(Pattern.compile("Conectado por 127\\.0\\.0\\.1:(" + peer.localPort() + ")"), START);

				server.terminate();

				assertThat(peer.closedCleanlyByServer()).isTrue();
				assertThat(server.exitStatus(START)).isZero();
				assertThat(server.output()).contains("Encerrando conexão.");
			}
		}
	}

	@Test
	@DisplayName("SIGTERM takes in what a peer has already sent before it closes (within 2 s), and says so")
	void takesInWhatIsOnItsWay() throws Exception {
		int count = 3000;
		try (ChildProcess server = ChildProcess.start("--chat.port=0", "--server.port=0",
				"--spring.shell.interactive.enabled=false", "--chat.console.events-per-second=1000000")) {
			int port = Integer.parseInt(server.awaitLine(LISTENING, START));
			try (WirePeer peer = WirePeer.connect(port)) {
				server.awaitLine(Pattern.compile("Conectado por 127\\.0\\.0\\.1:(" + peer.localPort() + ")"), START);
				StringBuilder burst = new StringBuilder();
				for (int i = 0; i < count; i++) {
					burst
						.append(new String(BitCodec.encode(("mensagem " + i).getBytes(StandardCharsets.UTF_8)),
								StandardCharsets.US_ASCII))
						.append('\n');
				}
				peer.send(burst.toString());

				server.terminate();

				assertThat(peer.closedCleanlyByServer()).isTrue();
				assertThat(server.exitStatus(START)).isZero();
			}
			assertThat(server.output()).contains("Cliente #1: mensagem " + (count - 1))
				.as("the peer reads on, without closing: it is cut off at the bound")
				.containsPattern("Antes de fechar: \\d+ mensagens? recebidas? do que já estava a caminho; "
						+ "1 conexão ainda aberta foi fechada após 2 s\\.");
		}
	}

	@Test
	@DisplayName("on the client, Sair also leaves with status 0 and the server sees 'Cliente desconectado.'")
	void clientLeaves() throws Exception {
		try (ChildProcess server = ChildProcess.start("--chat.port=0", "--server.port=0")) {
			int port = Integer.parseInt(server.awaitLine(LISTENING, START));
			try (ChildProcess client = ChildProcess.start("--spring.profiles.active=client", "--chat.port=" + port,
					"--server.port=0")) {
				client.awaitLine(Pattern.compile("(Conectado ao servidor localhost na porta " + port + "\\.)"), START);

				client.type("Sair");

				assertThat(client.exitStatus(START)).isZero();
				assertThat(client.output()).contains("Encerrando conexão.").doesNotContain("Servidor desconectado.");
				server.awaitLine(Pattern.compile("(Cliente desconectado\\.)"), START);
			}
			server.type("sair");
			assertThat(server.exitStatus(START)).isZero();
		}
	}

}
