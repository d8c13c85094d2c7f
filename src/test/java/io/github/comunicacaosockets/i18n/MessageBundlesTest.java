package io.github.comunicacaosockets.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.github.comunicacaosockets.support.ConsoleTexts;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The message bundles")
class MessageBundlesTest {

	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

	private static Set<Integer> arguments(String message) {
		Set<Integer> arguments = new TreeSet<>();
		Matcher matcher = ARGUMENT.matcher(message);
		while (matcher.find()) {
			arguments.add(Integer.parseInt(matcher.group(1)));
		}
		return arguments;
	}

	@Test
	@DisplayName("have the same messages in Portuguese and in English")
	void sameKeys() {
		assertThat(ConsoleTexts.bundle("messages_en.properties").stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(ConsoleTexts.bundle("messages.properties").stringPropertyNames());
	}

	@Test
	@DisplayName("fill in the same arguments in both languages, apart from a peer named differently")
	void sameArguments() {
		Properties portuguese = ConsoleTexts.bundle("messages.properties");
		Properties english = ConsoleTexts.bundle("messages_en.properties");
		for (String key : portuguese.stringPropertyNames()) {
			if (!key.equals("idle.closed")) {
				assertThat(arguments(english.getProperty(key))).as(key)
					.isEqualTo(arguments(portuguese.getProperty(key)));
			}
		}
	}

	@Test
	@DisplayName("are valid MessageFormat patterns that leave no placeholder or doubled quote behind")
	void formatCleanly() {
		for (String name : new String[] { "messages.properties", "messages_en.properties" }) {
			Properties bundle = ConsoleTexts.bundle(name);
			for (String key : bundle.stringPropertyNames()) {
				String formatted = new MessageFormat(bundle.getProperty(key), Locale.ROOT)
					.format(new Object[] { "A", "B", "C", "D", "E" });
				assertThat(formatted).as(name + " " + key).doesNotContainPattern("\\{\\d").doesNotContain("''");
			}
		}
	}

	@Test
	@DisplayName("write every apostrophe as '', which MessageFormat shows as one (a lone one disappears, with what it quotes)")
	void doubleEveryApostrophe() {
		for (String name : new String[] { "messages.properties", "messages_en.properties" }) {
			Properties bundle = ConsoleTexts.bundle(name);
			for (String key : bundle.stringPropertyNames()) {
				assertThat(bundle.getProperty(key)).as(name + " " + key).doesNotContainPattern("(?<!')'(?!')");
			}
		}
	}

}
