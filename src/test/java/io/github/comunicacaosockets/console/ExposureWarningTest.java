package io.github.comunicacaosockets.console;

import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import io.github.comunicacaosockets.config.ChatProperties;
import io.github.comunicacaosockets.i18n.ConsoleText;
import io.github.comunicacaosockets.support.ConsoleTexts;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The warning of a server reachable from other machines")
class ExposureWarningTest {

	private static final ConsoleText PORTUGUESE = ConsoleTexts.portuguese();

	private static ChatProperties settings(Map<String, String> settings) {
		return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("chat", ChatProperties.class);
	}

	@Test
	@DisplayName("is not shown on loopback, the default")
	void silentOnLoopback() {
		assertThat(ChatConsole.exposureWarning(settings(Map.of()), PORTUGUESE)).isEmpty();
		assertThat(ChatConsole.exposureWarning(settings(Map.of("chat.host", "127.0.0.1")), PORTUGUESE)).isEmpty();
	}

	@Test
	@DisplayName("says the traffic is not encrypted and that only this machine is accepted until chat.allow says more")
	void warnsOnAllAddresses() {
		assertThat(ChatConsole.exposureWarning(settings(Map.of("chat.host", "0.0.0.0")), PORTUGUESE)).containsExactly(
				"Atenção: o servidor escuta em 0.0.0.0, fora desta máquina, e o tráfego não é cifrado (chat.tls.enabled=false).",
				"Conexões aceitas de: 127.0.0.0/8, 0:0:0:0:0:0:0:1/128 (chat.allow).");
	}

	@Test
	@DisplayName("lists chat.allow, and does not call TLS traffic unencrypted")
	void listsAllowedWithTls() {
		assertThat(ChatConsole.exposureWarning(
				settings(Map.of("chat.host", "0.0.0.0", "chat.allow", "192.168.0.0/24", "chat.tls.enabled", "true")),
				PORTUGUESE))
			.containsExactly("Atenção: o servidor escuta em 0.0.0.0, fora desta máquina.",
					"Conexões aceitas de: 192.168.0.0/24 (chat.allow).");
	}

	@Test
	@DisplayName("is said in English with chat.locale=en")
	void inEnglish() {
		assertThat(ChatConsole.exposureWarning(settings(Map.of("chat.host", "0.0.0.0")), ConsoleTexts.english()))
			.containsExactly(
					"Warning: the server listens on 0.0.0.0, beyond this machine, and the traffic is not "
							+ "encrypted (chat.tls.enabled=false).",
					"Connections accepted from: 127.0.0.0/8, 0:0:0:0:0:0:0:1/128 (chat.allow).");
	}

}
