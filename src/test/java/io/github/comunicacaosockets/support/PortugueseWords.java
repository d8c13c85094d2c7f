package io.github.comunicacaosockets.support;

import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The words of the Portuguese bundle that the English one never uses, such as
 * {@code mensagem} or {@code conexão}: one of them in English output means a line that
 * was not translated.
 */
public final class PortugueseWords {

	private static final Set<String> ONLY_PORTUGUESE = only(words("messages.properties"),
			words("messages_en.properties"));

	private PortugueseWords() {
	}

	/** The Portuguese-only words that occur in {@code text}. */
	public static Set<String> in(String text) {
		return split(text).stream().filter(ONLY_PORTUGUESE::contains).collect(Collectors.toCollection(TreeSet::new));
	}

	private static Set<String> only(Set<String> portuguese, Set<String> english) {
		portuguese.removeAll(english);
		return portuguese;
	}

	private static Set<String> words(String bundle) {
		Properties properties = ConsoleTexts.bundle(bundle);
		return properties.stringPropertyNames()
			.stream()
			.flatMap((key) -> split(properties.getProperty(key)).stream())
			.collect(Collectors.toSet());
	}

	private static Set<String> split(String text) {
		return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
			.filter((word) -> word.length() >= 4)
			.collect(Collectors.toSet());
	}

}
