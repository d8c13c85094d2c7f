package io.github.comunicacaosockets.console;

import java.util.Locale;

import org.springframework.context.ApplicationContext;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.shell.core.command.AbstractCommand;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.stereotype.Component;

import io.github.comunicacaosockets.i18n.ConsoleText;

/**
 * Gives every command its words in the console's language. Spring Shell takes a command's
 * description from its annotation, a constant; once all commands are registered, this
 * puts each one back wrapped with the description, help, group and option texts of the
 * message bundles ({@code command.<name>.description}, {@code .help},
 * {@code .option.<long name>}, {@code command.group.<group>}), a role's own help where it
 * has one ({@code .help.client}), and, on a client, without the options only a server can
 * use ({@code send --to}, {@code --all}). Spring Shell's own commands keep their words
 * where the bundles have none.
 */
@Component
class LocalizedCommands {

	private final ApplicationContext context;

	private final CommandRegistry registry;

	private final ConsoleText text;

	private final ConsoleRole role;

	LocalizedCommands(ApplicationContext context, CommandRegistry registry, ConsoleText text, ConsoleRole role) {
		this.context = context;
		this.registry = registry;
		this.text = text;
		this.role = role;
	}

	@EventListener
	void localize(ContextRefreshedEvent event) {
		if (event.getApplicationContext() != this.context) {
			return;
		}
		for (Command command : this.registry.getCommands()) {
			if (!(command instanceof Localized)) {
				this.registry.unregisterCommand(command);
				this.registry.registerCommand(new Localized(command, this.text, this.role));
			}
		}
	}

	/**
	 * A command with its words from the bundles. It is an {@link AbstractCommand} so that
	 * the registry, which tells commands apart by name, sees it as the command it wraps.
	 */
	private static final class Localized extends AbstractCommand {

		private final Command command;

		Localized(Command command, ConsoleText text, ConsoleRole role) {
			super(command.getName(), describe(command, text), groupOf(command, text), helpOf(command, text, role),
					command.isHidden());
			this.command = command;
			setAliases(command.getAliases());
			setOptions(command.getOptions()
				.stream()
				.filter((option) -> role.offers(command.getName(), option))
				.map((option) -> localized(command, option, text))
				.toList());
			setAvailabilityProvider(command.getAvailabilityProvider());
			setCompletionProvider(command.getCompletionProvider());
		}

		@Override
		public ExitStatus doExecute(CommandContext commandContext) throws Exception {
			return this.command.execute(commandContext);
		}

		private static String describe(Command command, ConsoleText text) {
			return text.getOrDefault("command." + command.getName() + ".description", command.getDescription());
		}

		/** The help for this role ({@code command.<name>.help.client}), or for both. */
		private static String helpOf(Command command, ConsoleText text, ConsoleRole role) {
			String roleHelp = text.getOrDefault("command." + command.getName() + ".help." + role.key(), null);
			return (roleHelp != null) ? roleHelp
					: text.getOrDefault("command." + command.getName() + ".help", describe(command, text));
		}

		private static String groupOf(Command command, ConsoleText text) {
			String group = command.getGroup();
			return text.getOrDefault("command.group." + group.toLowerCase(Locale.ROOT).replace(' ', '-'), group);
		}

		private static CommandOption localized(Command command, CommandOption option, ConsoleText text) {
			String description = text.getOrDefault("command." + command.getName() + ".option." + option.longName(),
					String.valueOf(option.description()));
			return new CommandOption(option.shortName(), option.longName(), description, option.required(),
					option.defaultValue(), option.value(), option.type());
		}

	}

}
