package io.github.comunicacaosockets.console;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.utils.Levenshtein;

import org.springframework.context.annotation.Primary;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.shell.core.ShellRunner;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ParsedInput;
import org.springframework.shell.jline.JLineInputReader;
import org.springframework.shell.jline.PromptProvider;
import org.springframework.stereotype.Component;

import io.github.comunicacaosockets.i18n.ConsoleText;

/**
 * The console's loop, in place of Spring Shell's: it reads a line at the prompt and runs
 * it. It differs from Spring Shell's loop in what a person sees and in what counts as a
 * line:
 * <ul>
 * <li>Several lines pasted at once run one by one, in order, each as its own
 * command.</li>
 * <li>Every failure is one line in the console's language: an unknown command names the
 * nearest one and {@code help}, a mistyped option says what to do, a command that fails
 * says why. Spring Shell printed English lines, a list of every command, or an index
 * error for a line of spaces.</li>
 * <li>{@code exit} and {@code quit} (in any case), end of input and Ctrl-C leave the loop
 * without a word; the caller then ends the conversation, which says so.</li>
 * </ul>
 * With words on the command line it runs them as one line and returns, as Spring Shell's
 * non-interactive runner does.
 */
@Primary
@Component
class ChatShellRunner implements ShellRunner {

	private static final Log logger = LogFactory.getLog(ChatShellRunner.class);

	private static final Set<String> LEAVING = Set.of("exit", "quit");

	private final LineReader lineReader;

	private final PromptProvider prompt;

	private final CommandParser parser;

	private final CommandRegistry registry;

	private final ConsoleText text;

	ChatShellRunner(LineReader lineReader, PromptProvider prompt, CommandParser parser, CommandRegistry registry,
			ConsoleText text) {
		this.lineReader = lineReader;
		this.prompt = prompt;
		this.parser = parser;
		this.registry = registry;
		this.text = text;
	}

	@Override
	public void run(String[] args) {
		if (args.length > 0) {
			PrintWriter out = new PrintWriter(System.out, true);
			run(String.join(" ", args), out);
			return;
		}
		PrintWriter out = this.lineReader.getTerminal().writer();
		while (true) {
			String input;
			try {
				input = this.lineReader.readLine(this.prompt.getPrompt().toAnsi(this.lineReader.getTerminal()));
			}
			catch (UserInterruptException | EndOfFileException ex) {
				return;
			}
			for (String line : input.split("\\R")) {
				if (!run(line, out)) {
					return;
				}
			}
		}
	}

	/**
	 * Runs one typed line.
	 * @return {@code false} when the line asks to leave
	 */
	boolean run(String line, PrintWriter out) {
		if (line.isBlank()) {
			return true;
		}
		try {
			ParsedInput parsed = this.parser.parse(line);
			String name = parsed.commandName();
			if (LEAVING.contains(name.toLowerCase(Locale.ROOT))) {
				return false;
			}
			Command command = this.registry.getCommandByName(name);
			if (command == null) {
				out.println(unknownCommand(name));
			}
			else {
				execute(command, parsed, out);
			}
		}
		catch (TypedLineException ex) {
			out.println(this.text.get(ex.description()));
		}
		out.flush();
		return true;
	}

	private void execute(Command command, ParsedInput parsed, PrintWriter out) {
		try {
			command.execute(new CommandContext(parsed, this.registry, out, new JLineInputReader(this.lineReader)));
		}
		catch (Exception ex) {
			logger.info("Command '" + command.getName() + "' failed", ex);
			Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
			out.println(this.text.get("console.command.failed", command.getName(),
					String.valueOf(cause.getMessage()).strip()));
		}
	}

	private String unknownCommand(String name) {
		Optional<String> nearest = this.registry.getCommands()
			.stream()
			.filter((command) -> !command.isHidden())
			.map(Command::getName)
			.min(Comparator.comparingInt((candidate) -> Levenshtein.distance(candidate, name)))
			.filter((candidate) -> Levenshtein.distance(candidate, name) <= Math.max(2, name.length() / 2));
		return nearest.map((candidate) -> this.text.get("console.command.nearest", name, candidate))
			.orElseGet(() -> this.text.get("console.command.unknown", name));
	}

}
