package io.github.comunicacaosockets.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.jspecify.annotations.Nullable;

import org.springframework.context.support.ResourceBundleMessageSource;

import io.github.comunicacaosockets.i18n.ChatLocale;

/**
 * Answers {@code --help} and {@code --version} before anything starts, in the console's
 * language, as command-line tools do: no context, no port, no log file, exit status 0.
 */
public final class CommandLineHelp {

	private static final String NAME = "comunicacao-sockets";

	/** The settings worth knowing first, each with the message that explains it. */
	private static final List<String[]> SETTINGS = List.of(new String[] { "--chat.port=5000", "port" },
			new String[] { "--chat.host=localhost", "host" },
			new String[] { "--chat.wire.encoding=bits|bytes", "encoding" },
			new String[] { "--chat.wire.framing=line|raw", "framing" },
			new String[] { "--chat.max-connections=100", "max-connections" },
			new String[] { "--chat.tls.enabled=true", "tls" }, new String[] { "--chat.locale=en", "locale" },
			new String[] { "--server.port=8080", "actuator-port" });

	/** The console's commands, as {@code help} lists them. */
	private static final List<String> COMMANDS = List.of("send", "bits", "sinal", "clientes", "historico", "detalhes",
			"status", "help", "sair");

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	private final Locale locale;

	private CommandLineHelp(Locale locale) {
		this.locale = locale;
		this.messages.setBasename("messages");
		this.messages.setDefaultEncoding("UTF-8");
		this.messages.setFallbackToSystemLocale(false);
		this.messages.setAlwaysUseMessageFormat(true);
	}

	/**
	 * Prints the help or the version if the arguments ask for one.
	 * @return whether they did, and the program should exit now
	 */
	public static boolean answered(String[] args, PrintStream out) {
		List<String> given = Arrays.asList(args);
		boolean help = given.contains("--help") || given.contains("-h");
		boolean version = given.contains("--version");
		if (!help && !version) {
			return false;
		}
		CommandLineHelp text = new CommandLineHelp(ChatLocale.inThisJvm(localeIn(given)));
		if (help) {
			text.printHelp(out);
		}
		else {
			out.println(text.version());
		}
		out.flush();
		return true;
	}

	private static @Nullable Locale localeIn(List<String> args) {
		return args.stream()
			.filter((argument) -> argument.startsWith("--chat.locale="))
			.map((argument) -> Locale.forLanguageTag(argument.substring("--chat.locale=".length())))
			.reduce((first, last) -> last)
			.orElse(null);
	}

	private void printHelp(PrintStream out) {
		out.println(get("cli.usage", "java -jar " + NAME + "-" + buildInfo("build.version", "") + ".jar"));
		out.println();
		out.println(get("cli.roles"));
		out.println("  " + get("cli.role.server"));
		out.println("  " + get("cli.role.client"));
		out.println();
		out.println(get("cli.settings"));
		for (String[] setting : SETTINGS) {
			out.println(row(setting[0], get("cli.setting." + setting[1])));
		}
		out.println();
		out.println(get("cli.commands"));
		for (String command : COMMANDS) {
			out.println(row(command, get("command." + command + ".description")));
		}
		out.println();
		out.println(get("cli.options"));
		out.println(row("--help", get("cli.option.help")));
		out.println(row("--version", get("cli.option.version")));
	}

	private String version() {
		String commit = gitProperty("git.commit.id.abbrev");
		return get("cli.version", NAME, buildInfo("build.version", "?"),
				(commit != null) ? commit : get("cli.version.no-commit"), System.getProperty("java.version"));
	}

	private static String row(String name, String description) {
		return String.format("  %-34s %s", name, description);
	}

	private String get(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, this.locale);
	}

	private static String buildInfo(String key, String otherwise) {
		String value = property("META-INF/build-info.properties", key);
		return (value != null) ? value : otherwise;
	}

	private static @Nullable String gitProperty(String key) {
		return property("git.properties", key);
	}

	private static @Nullable String property(String resource, String key) {
		try (InputStream in = CommandLineHelp.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				return null;
			}
			Properties properties = new Properties();
			properties.load(in);
			return properties.getProperty(key);
		}
		catch (IOException ex) {
			return null;
		}
	}

}
