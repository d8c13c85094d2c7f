package io.github.comunicacaosockets.console;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Parser;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.jline.PromptProvider;

import io.github.comunicacaosockets.i18n.ConsoleText;
import io.github.comunicacaosockets.support.ServerConsole;
import io.github.comunicacaosockets.support.ServerTest;
import io.github.comunicacaosockets.support.ServerUnderTest;
import io.github.comunicacaosockets.support.WirePeer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The console's loop on a JLine terminal of the xterm kind, fed keystrokes as a person
 * types or pastes them, with JLine set up as the application sets it up (its parser is
 * the application's).
 */
@ServerTest
@DisplayName("The console's loop, typed into a terminal")
class ConsoleLoopTest {

	private static final String ENTER = "\r";

	private static final String PASTE_START = "\033[200~";

	private static final String PASTE_END = "\033[201~";

	@Autowired
	private ServerUnderTest server;

	@Autowired
	private CommandParser parser;

	/** JLine's parser as the application has it: Spring Shell's, with our settings. */
	@Autowired
	private Parser lineParser;

	@Autowired
	private CommandRegistry registry;

	@Autowired
	private ConsoleText text;

	@Autowired
	private PromptProvider prompt;

	@Test
	@DisplayName("an apostrophe, quotes, backslashes and ! are sent as typed, with no quote> prompt in between")
	void sendsTypedTextAsIs(CapturedOutput output) throws Exception {
		try (WirePeer peer = this.server.connect(); TerminalSession console = new TerminalSession()) {
			new ServerConsole(output).numberOf(peer);

			console.type("send copo d'água" + ENTER);
			console.type("send ela disse \"C:\\temp\\novo\" !!" + ENTER);

			assertThat(peer.readBits()).isEqualTo("copo d'água");
			assertThat(peer.readBits()).isEqualTo("ela disse \"C:\\temp\\novo\" !!");
			assertThat(console.leave()).doesNotContain("quote>", "dquote>");
		}
	}

	@Test
	@DisplayName("two lines pasted at once run as two commands, in order, shown with no '> ' that looks like a prompt")
	void runsPastedLinesOneByOne(CapturedOutput output) throws Exception {
		try (WirePeer peer = this.server.connect(); TerminalSession console = new TerminalSession()) {
			new ServerConsole(output).numberOf(peer);

			// as a person does: the pasted lines show, then Enter runs them
			console.type(PASTE_START + "send linha um\nsend linha dois" + PASTE_END);
			console.shows("send linha dois");
			console.type(ENTER);

			assertThat(peer.readBits()).isEqualTo("linha um");
			assertThat(peer.readBits()).isEqualTo("linha dois");
			assertThat(rows(console.leave())).as("the rows of the screen, as a person sees them")
				.contains("servidor> send linha um", "          send linha dois")
				.noneMatch((row) -> row.startsWith("> "));
		}
	}

	@Test
	@DisplayName("a mistyped command or option gets one line saying what to do; a line of spaces gets none")
	void answersMistakesInOneLine() throws Exception {
		try (TerminalSession console = new TerminalSession()) {
			console.type("sned oi" + ENTER);
			console.shows("Não há comando 'sned'; quis dizer 'send'? Digite help para ver os comandos.");
			console.type("   " + ENTER);
			console.type("xyzzy" + ENTER);
			console.shows("Não há comando 'xyzzy'. Digite help para ver os comandos.");
			console.type("send -5 graus" + ENTER);
			console.shows("O comando send não tem a opção -5. Um texto que começa com '-' vai depois de '--' "
					+ "(por exemplo: send -- -5 graus).");
			console.type("send --to" + ENTER);
			console.shows("A opção --to precisa de um valor (por exemplo: send --to 2 oi).");

			assertThat(console.leave()).doesNotContain("Command", "AVAILABLE", "Index 0", "Exiting", "Error");
		}
	}

	/**
	 * The rows a terminal shows for what was written to it: text, CR, LF, and JLine's
	 * cursor moves within and between rows ({@code ESC [ n A/B/C/D/G}, {@code ESC [ K});
	 * other escape sequences change nothing on the rows. JLine redraws only what changed,
	 * so the bytes alone do not say what a row shows.
	 */
	private static List<String> rows(String written) {
		List<StringBuilder> rows = new ArrayList<>(List.of(new StringBuilder()));
		int row = 0;
		int column = 0;
		Matcher escape = Pattern.compile("\u001B(\\[([0-9;?]*)([A-Za-z])|[=>])").matcher(written);
		int i = 0;
		while (i < written.length()) {
			char c = written.charAt(i);
			if (c == '\u001B' && escape.find(i) && escape.start() == i) {
				int n = (escape.group(2) == null || escape.group(2).isEmpty() || escape.group(2).contains("?")) ? 1
						: Integer.parseInt(escape.group(2).split(";")[0]);
				switch ((escape.group(3) != null) ? escape.group(3) : "") {
					case "A" -> row = Math.max(0, row - n);
					case "B" -> row += n;
					case "C" -> column += n;
					case "D" -> column = Math.max(0, column - n);
					case "G" -> column = n - 1;
					case "K" -> rows.get(row).setLength(Math.min(column, rows.get(row).length()));
					default -> {
					}
				}
				i = escape.end();
				continue;
			}
			if (c == '\r') {
				column = 0;
			}
			else if (c == '\n') {
				row++;
			}
			else {
				while (rows.size() <= row) {
					rows.add(new StringBuilder());
				}
				StringBuilder current = rows.get(row);
				while (current.length() < column) {
					current.append(' ');
				}
				if (column < current.length()) {
					current.setCharAt(column, c);
				}
				else {
					current.append(c);
				}
				column++;
			}
			i++;
			while (rows.size() <= row) {
				rows.add(new StringBuilder());
			}
		}
		return rows.stream().map(StringBuilder::toString).toList();
	}

	/** A console on a terminal whose keyboard and screen are the test's. */
	private final class TerminalSession implements AutoCloseable {

		private final PipedOutputStream keyboard = new PipedOutputStream();

		private final ByteArrayOutputStream screen = new ByteArrayOutputStream();

		private final Terminal terminal;

		private final CompletableFuture<Void> loop;

		TerminalSession() throws IOException {
			this.terminal = TerminalBuilder.builder()
				.system(false)
				.streams(new PipedInputStream(this.keyboard), synchronizedStream(this.screen))
				.type("xterm-256color")
				.encoding(StandardCharsets.UTF_8)
				.size(new Size(160, 40))
				.build();
			LineReader reader = (LineReader) new TypedTextSettings().postProcessAfterInitialization(
					LineReaderBuilder.builder().terminal(this.terminal).parser(ConsoleLoopTest.this.lineParser).build(),
					"lineReader");
			ChatShellRunner runner = new ChatShellRunner(reader, ConsoleLoopTest.this.prompt,
					ConsoleLoopTest.this.parser, ConsoleLoopTest.this.registry, ConsoleLoopTest.this.text);
			this.loop = CompletableFuture.runAsync(() -> runner.run(new String[0]));
			// as a person does: keys typed before the prompt are echoed raw, not read by
			// the loop
			shows(ConsoleLoopTest.this.prompt.getPrompt().toString());
		}

		void type(String keys) throws IOException {
			this.keyboard.write(keys.getBytes(StandardCharsets.UTF_8));
			this.keyboard.flush();
		}

		/** Waits until the screen shows {@code text}. */
		void shows(String text) {
			await().pollDelay(Duration.ZERO).atMost(WirePeer.TIMEOUT).until(() -> screen().contains(text));
		}

		private String screen() {
			synchronized (this.screen) {
				return this.screen.toString(StandardCharsets.UTF_8);
			}
		}

		/**
		 * Types {@code exit}, waits for the loop to end, and returns all the screen
		 * showed.
		 */
		String leave() throws Exception {
			type("exit" + ENTER);
			this.loop.get(WirePeer.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
			return screen();
		}

		private static OutputStream synchronizedStream(ByteArrayOutputStream target) {
			return new OutputStream() {

				@Override
				public void write(int b) {
					synchronized (target) {
						target.write(b);
					}
				}

				@Override
				public void write(byte[] bytes, int offset, int length) {
					synchronized (target) {
						target.write(bytes, offset, length);
					}
				}

			};
		}

		@Override
		public void close() throws IOException {
			this.loop.cancel(true);
			this.keyboard.close();
			this.terminal.close();
		}

	}

}
