package io.github.comunicacaosockets.console;

import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ParsedInput;
import org.springframework.stereotype.Component;

/**
 * Reads a typed line the way the person meant it, as the original scripts and {@code nc}
 * did: the first word names the command (in any case: {@code SAIR} is {@code sair}), the
 * words after it that start with {@code -} are its options, and everything after the
 * options is the text, exactly as typed: quotes, apostrophes, backslashes and runs of
 * spaces included. Once the text has started, nothing in it is an option
 * ({@code send texto --to 2 fim} sends all of it); {@code --} ends the options early, for
 * a text that starts with {@code -}. A boolean option such as {@code --all} never takes
 * the next word.
 * <p>
 * It replaces Spring Shell's parser, which splits the line into words, drops quotes and
 * backslashes and gives an option the word after it, so the text came out changed.
 */
@Component
class TypedLineParser implements CommandParser {

	private static final String END_OF_OPTIONS = "--";

	private final CommandRegistry registry;

	TypedLineParser(CommandRegistry registry) {
		this.registry = registry;
	}

	/**
	 * @throws TypedLineException when an option is unknown, or has no value
	 */
	@Override
	public ParsedInput parse(String input) {
		Words words = new Words(input);
		String name = commandName(words.next());
		ParsedInput.Builder parsed = ParsedInput.builder().commandName(name);
		Command command = this.registry.getCommandByName(name);
		if (command == null) {
			return parsed.build();
		}
		while (words.peek().startsWith("-")) {
			String word = words.next();
			if (word.equals(END_OF_OPTIONS)) {
				break;
			}
			parsed.addOption(option(command, word, words));
		}
		String text = words.rest();
		if (!text.isEmpty()) {
			parsed.addArgument(new CommandArgument(0, text));
		}
		return parsed.build();
	}

	/**
	 * The command's name as registered: as typed, or in lower case when only that is a
	 * command.
	 */
	private String commandName(String typed) {
		if (this.registry.getCommandByName(typed) != null) {
			return typed;
		}
		String lowerCase = typed.toLowerCase(Locale.ROOT);
		return (this.registry.getCommandByName(lowerCase) != null) ? lowerCase : typed;
	}

	private static CommandOption option(Command command, String word, Words words) {
		if (word.equals("--help") || word.equals("-h")) {
			return CommandOption.with().shortName('h').longName("help").value("true").build();
		}
		int equals = word.indexOf('=');
		String typedName = (equals > 0) ? word.substring(0, equals) : word;
		CommandOption declared = declaredOption(command, typedName)
			.orElseThrow(() -> new TypedLineException(words("console.option.unknown", typedName, command.getName())));
		String value;
		if (equals > 0) {
			value = word.substring(equals + 1);
		}
		else if (declared.type() == boolean.class || declared.type() == Boolean.class) {
			value = "true";
		}
		else if (words.peek().isEmpty()) {
			throw new TypedLineException(words("console.option.value", typedName));
		}
		else {
			value = words.next();
		}
		return CommandOption.with()
			.shortName(declared.shortName())
			.longName(declared.longName())
			.type(declared.type())
			.value(value)
			.build();
	}

	private static Optional<CommandOption> declaredOption(Command command, String typedName) {
		return command.getOptions().stream().filter((option) -> option.isOptionEqual(typedName)).findFirst();
	}

	private static MessageSourceResolvable words(String code, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { code }, arguments);
	}

	/** The typed line, a word at a time, then the rest as it was typed. */
	private static final class Words {

		private final String line;

		private int position;

		Words(String line) {
			this.line = line;
			skipSpaces();
		}

		/** The next word, without taking it; empty at the end of the line. */
		String peek() {
			return this.line.substring(this.position, endOfWord());
		}

		String next() {
			String word = peek();
			this.position += word.length();
			skipSpaces();
			return word;
		}

		/** Everything from here to the end of the line, as typed. */
		String rest() {
			return this.line.substring(this.position);
		}

		private int endOfWord() {
			int end = this.position;
			while (end < this.line.length() && !isSpace(this.line.charAt(end))) {
				end++;
			}
			return end;
		}

		private void skipSpaces() {
			while (this.position < this.line.length() && isSpace(this.line.charAt(this.position))) {
				this.position++;
			}
		}

		private static boolean isSpace(char character) {
			return character == ' ' || character == '\t';
		}

	}

}
