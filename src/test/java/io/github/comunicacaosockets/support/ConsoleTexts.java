package io.github.comunicacaosockets.support;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;

import io.github.comunicacaosockets.i18n.ChatLocale;
import io.github.comunicacaosockets.i18n.ConsoleText;

/**
 * The console's text outside a Spring context, for unit tests: the application's bundles, read
 * with the settings of {@code spring.messages} in {@code application.yml}.
 */
public final class ConsoleTexts {

	private ConsoleTexts() {
	}

	public static ConsoleText portuguese() {
		return in(ChatLocale.DEFAULT);
	}

	public static ConsoleText english() {
		return in(Locale.ENGLISH);
	}

	public static ConsoleText in(Locale locale) {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		messages.setAlwaysUseMessageFormat(true);
		return new ConsoleText(messages, locale);
	}

}
