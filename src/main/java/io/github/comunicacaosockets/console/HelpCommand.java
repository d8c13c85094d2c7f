package io.github.comunicacaosockets.console;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.stereotype.Component;

import io.github.comunicacaosockets.i18n.ConsoleText;

/**
 * {@code help} in the console's language: the commands by group, or how to use one of
 * them. Spring Shell's own {@code help} lays its page out in English, so it is turned off
 * ({@code spring.shell.command.help.enabled=false}) and this one reads the registry of
 * the command line it runs for, whose commands carry their words from the bundles
 * ({@link LocalizedCommands}).
 */
@Component
class HelpCommand {

	private final ConsoleText text;

	HelpCommand(ConsoleText text) {
		this.text = text;
	}

	@org.springframework.shell.core.command.annotation.Command(name = "help", group = "Built-In Commands")
	public void help(@Arguments List<String> words, CommandContext context) {
		PrintWriter out = context.outputWriter();
		String name = String.join(" ", words);
		CommandRegistry registry = context.commandRegistry();
		Command command = name.isEmpty() ? null : registry.getCommandByName(name);
		if (command != null) {
			explain(command, out);
		}
		else {
			if (!name.isEmpty()) {
				out.println(this.text.get("help.unknown", name));
			}
			list(registry, out);
		}
		out.flush();
	}

	private void list(CommandRegistry registry, PrintWriter out) {
		out.println(this.text.get("help.title"));
		Map<String, List<Command>> groups = registry.getCommands()
			.stream()
			.filter((command) -> !command.isHidden())
			.sorted(Comparator.comparing(Command::getName))
			.collect(Collectors.groupingBy(Command::getGroup, TreeMap::new, Collectors.toList()));
		groups.forEach((group, commands) -> {
			out.println(group);
			for (Command command : commands) {
				String aliases = command.getAliases().isEmpty() ? "" : ", " + String.join(", ", command.getAliases());
				out.println("\t" + command.getName() + aliases + ": " + command.getDescription());
			}
		});
	}

	private void explain(Command command, PrintWriter out) {
		out.println(command.getName() + " - " + command.getDescription());
		out.println(this.text.get("help.usage", command.getHelp()));
		List<CommandOption> options = command.getOptions();
		if (!options.isEmpty()) {
			out.println(this.text.get("help.options"));
			for (CommandOption option : options) {
				out.println("\t--" + option.longName() + ": " + option.description());
			}
		}
	}

}
