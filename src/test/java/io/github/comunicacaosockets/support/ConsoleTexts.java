package io.github.comunicacaosockets.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

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

	/** One bundle file as it is, such as {@code messages_en.properties}. */
	public static Properties bundle(String name) {
		Properties properties = new Properties();
		try (InputStream in = ConsoleTexts.class.getResourceAsStream("/" + name);
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
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
