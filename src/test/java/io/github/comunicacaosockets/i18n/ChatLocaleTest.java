package io.github.comunicacaosockets.i18n;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The console's language")
class ChatLocaleTest {

	@Test
	@DisplayName("is Portuguese (pt-BR) when nothing says otherwise, even on a JVM whose environment reports English")
	void portugueseByDefault() {
		assertThat(ChatLocale.resolve(null, List.of("-Xmx512m"), Locale.US)).isEqualTo(Locale.forLanguageTag("pt-BR"));
	}

	@Test
	@DisplayName("is chat.locale when set, whatever the JVM says")
	void chatLocaleWins() {
		assertThat(ChatLocale.resolve(Locale.ENGLISH, List.of(), Locale.US)).isEqualTo(Locale.ENGLISH);
		assertThat(ChatLocale.resolve(Locale.forLanguageTag("pt-BR"), List.of("-Duser.language=en"), Locale.ENGLISH))
			.isEqualTo(Locale.forLanguageTag("pt-BR"));
	}

	@Test
	@DisplayName("is the JVM's locale when the JVM was given one (-Duser.language=en)")
	void jvmLocaleWhenGiven() {
		assertThat(ChatLocale.resolve(null, List.of("-Duser.language=en", "-Duser.country=GB"), Locale.UK))
			.isEqualTo(Locale.UK);
	}

}
