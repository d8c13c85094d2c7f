package io.github.comunicacaosockets.chat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.Environment;

import io.github.comunicacaosockets.support.Actuator;
import io.github.comunicacaosockets.support.ReservedPort;
import io.github.comunicacaosockets.support.RunningApp;
import io.github.comunicacaosockets.support.ServerConsole;
import io.github.comunicacaosockets.support.WirePeer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@ExtendWith(OutputCaptureExtension.class)
@DisplayName("A client and a server of ours, talking to each other")
class ClientServerConversationTest {

	@Test
	@DisplayName("exchange messages both ways, each side showing the bits and the text")
	void chatBothWays(CapturedOutput output) throws Exception {
		ServerConsole console = new ServerConsole(output);
		try (RunningApp server = RunningApp.server(0)) {
			int port = server.chatPort();
			try (RunningApp client = RunningApp.client(port)) {
				console.shows("Conectado ao servidor localhost na porta " + port + ".");
				console.shows("(cliente #1)");

				assertThat(client.shell().sendCommand("send Olá, servidor 👋").lines()).containsExactly(
						"Bits enviados para o servidor: 01001111 01101100 11000011 10100001 00101100 00100000 01110011 "
								+ "01100101 01110010 01110110 01101001 01100100 01101111 01110010 00100000 11110000 "
								+ "10011111 10010001 10001011");
				console.shows("Cliente #1: Olá, servidor 👋");

				assertThat(server.shell().sendCommand("send oi").lines())
					.containsExactly("Bits enviados para o cliente #1: 01101111 01101001");
				console.shows("Bits recebidos do servidor: 01101111 01101001");
				console.shows("Servidor: oi");

				Actuator clientActuator = client.actuator();
				assertThat(clientActuator.metric("chat.messages.sent")).isEqualTo(1);
				assertThat(clientActuator.metric("chat.messages.received")).isEqualTo(1);
				assertThat(server.actuator().metric("chat.messages.received")).isEqualTo(1);
				assertThat(clientActuator.health().at("/components/tcp/status").asString()).isEqualTo("UP");
				assertThat(clientActuator.health().at("/components/tcp/details/connections").asInt()).isEqualTo(1);
				assertThat(client.shell().sendCommand("clientes").lines()).singleElement()
					.asString()
					.matches("Conectado ao servidor localhost:" + port + " \\(127\\.0\\.0\\.1:" + port
							+ "\\) desde \\d\\d:\\d\\d:\\d\\d: 1 mensagem recebida, 1 enviada\\.");
				assertThat(client.shell().sendCommand("help send").lines()).containsExactly(
						"send - Envia o resto da linha como uma mensagem e mostra os bits enviados",
						"Uso: send <texto> envia ao servidor. Texto que começa com '-' vai depois de '--': send -- -x");
				assertThatThrownBy(() -> client.shell().sendCommand("send --to 2 oi"))
					.as("a client has no clients to choose among")
					.hasMessageContaining("console.option.unknown");
				assertThat(historyFile(client)).as("each role keeps its own command history")
					.endsWith(".comunicacao-sockets-client_history")
					.isNotEqualTo(historyFile(server));
				assertThat(client.shell().sendCommand("status").lines()).startsWith(
						"Papel: cliente de localhost:" + port + ", conectado",
						"Fio: bits em linhas, até 65536 bytes por mensagem (em bits, cada byte de texto ocupa 8: "
								+ "cabem 8192 bytes de texto)");
			}
		}
	}

	private static String historyFile(RunningApp app) {
		return app.bean(Environment.class).getProperty("spring.shell.history.name");
	}

	@Test
	@DisplayName("a client outlives the server: says it failed, refuses to send meanwhile, reconnects by itself after a restart")
	void clientWaitsForServer(CapturedOutput output) throws Exception {
		ServerConsole console = new ServerConsole(output);
		try (ReservedPort reserved = ReservedPort.onLoopback();
				RunningApp client = RunningApp.client(reserved.port())) {
			int port = reserved.port();
			console.shows("Falha ao conectar ao servidor. Certifique-se de que o servidor está em execução.");
			assertThat(client.actuator().get("/actuator/health").statusCode()).isEqualTo(503);
			assertThat(client.actuator().health().at("/components/tcp/status").asString()).isEqualTo("DOWN");
			assertThat(client.shell().sendCommand("send tem alguém aí?").lines())
				.containsExactly("Sem conexão com o servidor: a mensagem não foi enviada.");

			try (RunningApp server = RunningApp.server(port)) {
				console.shows("Conectado ao servidor localhost na porta " + port + ".");
				client.shell().sendCommand("send cheguei");
				console.shows("Cliente #1: cheguei");
				assertThat(client.actuator().get("/actuator/health").statusCode()).isEqualTo(200);
			}
			console.shows("Servidor desconectado.");
			await().atMost(WirePeer.TIMEOUT)
				.until(() -> client.actuator().health().at("/components/tcp/status").asString().equals("DOWN"));
			assertThat(client.shell().sendCommand("send ainda está aí?").lines())
				.containsExactly("Sem conexão com o servidor: a mensagem não foi enviada.");

			// The first server may still have taken a reconnection while it was closing:
			// wait for
			// the restarted one's own line, then for the client to say it is connected.
			int restart = console.mark();
			try (RunningApp restarted = RunningApp.server(port)) {
				console.showsAfter(restart, "Conectado por 127.0.0.1:");
				await().atMost(WirePeer.TIMEOUT)
					.until(() -> client.actuator().get("/actuator/health").statusCode() == 200);
				client.shell().sendCommand("send voltei");
				console.shows("Cliente #1: voltei");
			}
		}
		assertThat(output.getOut().split("Falha ao conectar ao servidor", -1))
			.as("the failure is reported once per outage: before the start, after the stop, after the final stop")
			.hasSizeLessThanOrEqualTo(4);
	}

}
