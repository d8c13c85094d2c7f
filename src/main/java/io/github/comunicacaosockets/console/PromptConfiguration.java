package io.github.comunicacaosockets.console;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.jline.PromptProvider;

import io.github.comunicacaosockets.config.ChatProperties;
import io.github.comunicacaosockets.config.ChatProperties.Role;
import io.github.comunicacaosockets.i18n.ConsoleText;

/** The prompt, which says which end of the chat this console is, and how typed text reaches the console. */
@Configuration(proxyBeanMethods = false)
class PromptConfiguration {

	/** Typed text reaches the console as it was typed (static: it must exist before the beans it adjusts). */
	@Bean
	static TypedTextSettings typedTextSettings() {
		return new TypedTextSettings();
	}

	@Bean
	PromptProvider chatPrompt(ChatProperties properties, ConsoleText text) {
		AttributedString prompt = new AttributedString(
				text.get((properties.role() == Role.SERVER) ? "prompt.server" : "prompt.client") + " ",
				AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN));
		return () -> prompt;
	}

}
