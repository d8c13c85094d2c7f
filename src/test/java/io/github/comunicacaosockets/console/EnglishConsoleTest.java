package io.github.comunicacaosockets.console;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.shell.test.ShellTestClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.MethodMode;
import org.springframework.test.context.TestPropertySource;

import io.github.comunicacaosockets.support.PortugueseWords;
import io.github.comunicacaosockets.support.RunningApp;
import io.github.comunicacaosockets.support.ServerConsole;
import io.github.comunicacaosockets.support.ServerTest;
import io.github.comunicacaosockets.support.ServerUnderTest;
import io.github.comunicacaosockets.support.WirePeer;

import static org.assertj.core.api.Assertions.assertThat;

@ServerTest
@TestPropertySource(properties = "chat.locale=en")
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
@DisplayName("The console with chat.locale=en")
class EnglishConsoleTest {

	private static final String TIME = "\\d\\d:\\d\\d:\\d\\d  ";

	@Autowired
	private ServerUnderTest server;

	@Autowired
	private ShellTestClient shell;

	private final List<String> commandOutput = new ArrayList<>();

	private List<String> run(String command) throws Exception {
		List<String> lines = this.shell.sendCommand(command).lines();
		this.commandOutput.addAll(lines);
		return lines;
	}

	@Test
	@DirtiesContext(methodMode = MethodMode.BEFORE_METHOD)
	@DisplayName("speaks English in a whole session, from a fresh start: events, rejections, send, bits, clientes, historico, status")
	void wholeSessionInEnglish(CapturedOutput output) throws Exception {
		ServerConsole console = new ServerConsole(output);
		assertThat(run("historico")).containsExactly("No messages in this session yet.");
		assertThat(run("clientes")).containsExactly("No open connections.");
		assertThat(run("send hello")).containsExactly("No client connected: the message was not sent.");
		try (WirePeer peer = this.server.connect()) {
			int number = console.numberOf(peer);
			console.shows("Connected from 127.0.0.1:" + peer.localPort() + " (client #" + number + ")");

			peer.sendBits("hi");
			console.shows("Bits received from client #" + number + ": 01101000 01101001");
			console.shows("Client #" + number + ": hi");
			peer.send("0x\n");
			console.shows("Message rejected from client #" + number
					+ ": character 'x' at position 2 (only 0, 1 and spaces are accepted).");

			assertThat(run("send hello")).containsExactly(
					"Bits sent to client #" + number + ": " + "01101000 01100101 01101100 01101100 01101111");
			assertThat(peer.readBits()).isEqualTo("hello");
			assertThat(run("send --to 99 hello")).containsExactly(
					"There is no client #99 connected (use 'clientes' to see the list): the message was not sent.");
			assertThat(run("send --to 1 --all hello"))
				.containsExactly("Use --to or --all, not both: the message was not sent.");
			assertThat(run("send"))
				.containsExactly("Nothing to send: write the message after send (for example: send Hello).");
			assertThat(run("bits é")).containsExactly("character  code point UTF-8 (hex)   bits",
					"é          U+00E9     C3 A9         11000011 10101001",
					"Total: 1 character, 2 bytes in UTF-8, 16 bits; 17 bytes on the wire "
							+ "(each bit as a 0 or 1 character + line end).");
			assertThat(run("clientes")).first()
				.isEqualTo(String.format("%-4s %-22s %-10s %9s %9s", "No.", "Address", "Since", "Received", "Sent"));
			assertThat(run("historico")).satisfiesExactly(
					(line) -> assertThat(line).matches(TIME + "received from client #" + number + ": hi \\(2 bytes\\)"),
					(line) -> assertThat(line).matches(TIME + "sent to client #" + number + ": hello \\(5 bytes\\)"));
			assertThat(run("status")).satisfiesExactly(
					(line) -> assertThat(line).isEqualTo(
							"Role: server, on localhost:" + this.server.chatPort() + ", at most 100 connections"),
					(line) -> assertThat(line).isEqualTo("Wire: bits in lines, up to 65536 bytes per message "
							+ "(in bits each byte of text takes 8: 8192 bytes of text fit)"),
					(line) -> assertThat(line)
						.matches("Connections: 1 open now; \\d+ opened, \\d+ closed and \\d+ refused since the start"),
					(line) -> assertThat(line).matches("Messages: 1 received, 1 sent, 1 rejected"),
					(line) -> assertThat(line).isEqualTo("Actuator: http://127.0.0.1:" + this.server.actuator().port()
							+ "/actuator (health and counters)"),
					(line) -> assertThat(line).isEqualTo("Classroom page: http://127.0.0.1:"
							+ this.server.actuator().port() + "/ (the conversation live, for a projector)"));
		}
		console.shows("Client disconnected. (client #");

		assertThat(PortugueseWords.in(output.getOut())).as("Portuguese words on the console").isEmpty();
		assertThat(PortugueseWords.in(String.join("\n", this.commandOutput))).as("Portuguese words in commands")
			.isEmpty();
	}

	@Test
	@DisplayName("shows frames and TCP events in English with 'detalhes'")
	void detailInEnglish(CapturedOutput output) throws Exception {
		ServerConsole console = new ServerConsole(output);
		assertThat(run("detalhes")).first().asString().startsWith("Details on:");
		try {
			WirePeer peer = this.server.connect();
			console.shows("[tcp] connection opened with 127.0.0.1:" + peer.localPort() + " (id ");
			int number = console.numberOf(peer);
			peer.send("0110100001101001\r\n");
			console
				.shows("[wire] frame from client #" + number + ": 18 bytes = 16 of content + line end 0D 0A (CR LF)");
			peer.close();
			console.shows("[tcp] connection closed with 127.0.0.1:" + peer.localPort()
					+ ": the other side closed it (end of stream)");
		}
		finally {
			assertThat(run("detalhes")).containsExactly("Details off.");
		}
		assertThat(PortugueseWords.in(output.getOut() + String.join("\n", this.commandOutput))).isEmpty();
	}

	@Test
	@DisplayName("lists and explains the commands in English")
	void helpInEnglish() throws Exception {
		assertThat(run("help")).startsWith("Available commands ('help <command>' explains one):", "Chat")
			.contains(
					"\tbits: Shows how a text becomes UTF-8 bytes and bits, character by character, and what it takes on the wire",
					"\tsend: Sends the rest of the line as a message and shows the bits sent",
					"\tsair: Closes the connection(s) and leaves the program", "Spring Shell commands");
		assertThat(run("help send")).contains("send - Sends the rest of the line as a message and shows the bits sent",
				"Options:", "\t--to: the client's number (see 'clientes')", "\t--all: sends to every client");
		assertThat(run("send --help")).first().asString().startsWith("send <text> sends to the only client");
		assertThat(PortugueseWords.in(String.join("\n", this.commandOutput))).isEmpty();
	}

	@Test
	@DisplayName("(the check for Portuguese words finds an untranslated line)")
	void portugueseWordsAreFound() {
		assertThat(PortugueseWords.in("Mensagem rejeitada do cliente #1: caractere 'x'")).contains("mensagem",
				"rejeitada", "caractere");
		assertThat(PortugueseWords.in("Message rejected from client #1: character 'x'")).isEmpty();
	}

	@Test
	@DisplayName("a client started with chat.locale=en speaks English too")
	void clientInEnglish(CapturedOutput output) throws Exception {
		ServerConsole console = new ServerConsole(output);
		try (RunningApp client = RunningApp.client(this.server.chatPort(), "--chat.locale=en")) {
			console.shows("Connected to server localhost on port " + this.server.chatPort() + ".");
			assertThat(client.shell().sendCommand("status").lines()).first()
				.isEqualTo("Role: client of localhost:" + this.server.chatPort() + ", connected");
		}
		console.shows("Client disconnected. (client #");
	}

}
