package io.github.comunicacaosockets.console;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.shell.test.ShellTestClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import io.github.comunicacaosockets.support.ServerConsole;
import io.github.comunicacaosockets.support.ServerTest;
import io.github.comunicacaosockets.support.ServerUnderTest;
import io.github.comunicacaosockets.support.WirePeer;

import static org.assertj.core.api.Assertions.assertThat;

@ServerTest
@TestPropertySource(properties = "chat.wire.encoding=bytes")
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_EACH_TEST_METHOD)
@DisplayName("The server console with several clients")
class SeveralClientsTest {

	@Autowired
	private ServerUnderTest server;

	@Autowired
	private ShellTestClient shell;

	private List<String> run(String command) throws Exception {
		return this.shell.sendCommand(command).lines();
	}

	@Test
	@DisplayName("'send' with nobody connected says so and sends nothing")
	void sendWithNobodyConnected() throws Exception {
		assertThat(run("send olá")).containsExactly("Nenhum cliente conectado: a mensagem não foi enviada.");
		assertThat(run("clientes")).containsExactly("Nenhuma conexão aberta.");
	}

	@Test
	@DisplayName("'send' alone goes to the only client")
	void sendToTheOnlyClient(CapturedOutput output) throws Exception {
		try (WirePeer only = this.server.connect()) {
			int number = new ServerConsole(output).numberOf(only);

			assertThat(run("send bom dia")).containsExactly("Bits enviados para o cliente #" + number
					+ ": 01100010 01101111 01101101 00100000 01100100 01101001 01100001");
			assertThat(only.readLine()).isEqualTo("bom dia");
		}
	}

	@Test
	@DisplayName("with several clients, 'send' needs --to or --all until one of them writes, then answers it")
	void sendAnswersTheLastSender(CapturedOutput output) throws Exception {
		ServerConsole console = new ServerConsole(output);
		try (WirePeer first = this.server.connect(); WirePeer second = this.server.connect()) {
			int firstNumber = console.numberOf(first);
			int secondNumber = console.numberOf(second);

			assertThat(run("send oi")).containsExactly("Há 2 clientes conectados (#" + firstNumber + ", #"
					+ secondNumber
					+ ") e nenhum deles foi o último a escrever: escolha um com --to N, ou envie a todos com --all. "
					+ "A mensagem não foi enviada.");

			second.send("sou o segundo\n");
			console.shows("Cliente #" + secondNumber + ": sou o segundo");
			assertThat(run("send oi, segundo")).singleElement()
				.asString()
				.startsWith("Bits enviados para o cliente #" + secondNumber);
			assertThat(second.readLine()).isEqualTo("oi, segundo");
		}
	}

	@Test
	@DisplayName("after the last writer leaves, 'send' names the clients to choose from")
	void sendAfterTheLastWriterLeft(CapturedOutput output) throws Exception {
		ServerConsole console = new ServerConsole(output);
		try (WirePeer first = this.server.connect(); WirePeer third = this.server.connect()) {
			int firstNumber = console.numberOf(first);
			int thirdNumber = console.numberOf(third);
			WirePeer writer = this.server.connect();
			int writerNumber = console.numberOf(writer);
			writer.send("já vou\n");
			console.shows("Cliente #" + writerNumber + ": já vou");
			writer.close();
			console
				.shows("Cliente desconectado. (cliente #" + writerNumber + ", 127.0.0.1:" + writer.localPort() + ")");

			assertThat(run("send oi")).singleElement()
				.asString()
				.startsWith("Há 2 clientes conectados (#" + firstNumber + ", #" + thirdNumber
						+ ") e nenhum deles foi o último a escrever");
		}
	}

	@Test
	@DisplayName("'send --to N' reaches only client N, and an unknown N is refused")
	void sendToOneClient(CapturedOutput output) throws Exception {
		ServerConsole console = new ServerConsole(output);
		try (WirePeer first = this.server.connect(); WirePeer second = this.server.connect()) {
			int firstNumber = console.numberOf(first);
			int secondNumber = console.numberOf(second);

			assertThat(run("send --to " + firstNumber + " só para o primeiro")).hasSize(1);
			assertThat(run("send --to 99 ninguém")).containsExactly(
					"Não há cliente #99 conectado (use 'clientes' para ver a lista): a mensagem não foi enviada.");
			assertThat(run("send --to " + secondNumber + " para o segundo")).hasSize(1);
			second.send("ping\n");

			assertThat(first.readLine()).isEqualTo("só para o primeiro");
			assertThat(second.readLine()).as("the first line client #%d got", secondNumber).isEqualTo("para o segundo");
			console.shows(": ping");
			assertThat(run("clientes")).hasSize(3)
				.anySatisfy((line) -> assertThat(line).startsWith("#" + firstNumber)
					.contains("127.0.0.1:" + first.localPort())
					.endsWith("        0         1"));
		}
	}

	@Test
	@DisplayName("'send --all' broadcasts to every client and shows one line per client")
	void sendToAll(CapturedOutput output) throws Exception {
		ServerConsole console = new ServerConsole(output);
		try (WirePeer first = this.server.connect();
				WirePeer second = this.server.connect();
				WirePeer third = this.server.connect()) {
			console.numberOf(first);
			console.numberOf(second);
			console.numberOf(third);

			assertThat(run("send --all atenção, turma")).hasSize(3)
				.allSatisfy((line) -> assertThat(line).startsWith("Bits enviados para o cliente #"));

			assertThat(first.readLine()).isEqualTo("atenção, turma");
			assertThat(second.readLine()).isEqualTo("atenção, turma");
			assertThat(third.readLine()).isEqualTo("atenção, turma");
		}
	}

	@Test
	@DisplayName("'send' explains itself when there is nothing to send or --to and --all are mixed")
	void sendRefusesNonsense() throws Exception {
		assertThat(run("send")).singleElement().asString().startsWith("Nada para enviar");
		assertThat(run("send --to 1 --all oi"))
			.containsExactly("Use --to ou --all, não os dois: a mensagem não foi enviada.");
	}

}
