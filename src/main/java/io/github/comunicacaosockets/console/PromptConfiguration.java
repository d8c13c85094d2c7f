package io.github.comunicacaosockets.console;

import java.nio.charset.StandardCharsets;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.autoconfigure.TerminalCustomizer;
import org.springframework.shell.jline.PromptProvider;

import io.github.comunicacaosockets.i18n.ConsoleText;

/**
 * The console's terminal: UTF-8 always, a prompt that says which end of the chat this
 * console is, and typed text that reaches the console as it was typed.
 */
@Configuration(proxyBeanMethods = false)
class PromptConfiguration {

	/**
	 * Typed text reaches the console as it was typed (static: it must exist before the
	 * beans it adjusts).
	 */
	@Bean
	static TypedTextSettings typedTextSettings() {
		return new TypedTextSettings();
	}

	/**
	 * The terminal reads and writes UTF-8 whatever the locale says: under {@code LANG=C}
	 * (containers, cron, ssh without a locale) Java would take ASCII, and accents and
	 * emoji would turn into {@code ?} on the way in and out.
	 */
	@Bean
	TerminalCustomizer utf8Terminal() {
		return (builder) -> builder.encoding(StandardCharsets.UTF_8)
			.stdinEncoding(StandardCharsets.UTF_8)
			.stdoutEncoding(StandardCharsets.UTF_8)
			.stderrEncoding(StandardCharsets.UTF_8);
	}

	/** The prompt, in cyan unless the user asked for no colour ({@code NO_COLOR}). */
	@Bean
	PromptProvider chatPrompt(ConsoleRole role, ConsoleText text) {
		AttributedString prompt = new AttributedString(text.get("prompt." + role.key()) + " ",
				BitColours.noColourAsked(System.getenv()) ? AttributedStyle.DEFAULT
						: AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN));
		return () -> prompt;
	}

}
