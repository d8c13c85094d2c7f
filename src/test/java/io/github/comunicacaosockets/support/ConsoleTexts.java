package io.github.comunicacaosockets.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import io.github.comunicacaosockets.i18n.ChatLocale;
import io.github.comunicacaosockets.i18n.ConsoleText;

/**
 * The console's text outside a Spring context, for unit tests: the application's bundles,
 * as the application reads them when it has no context.
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
		return ConsoleText.withoutContext(locale);
	}

}
