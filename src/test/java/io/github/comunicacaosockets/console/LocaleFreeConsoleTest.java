package io.github.comunicacaosockets.console;

import java.time.Duration;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.github.comunicacaosockets.support.ChildProcess;
import io.github.comunicacaosockets.support.WirePeer;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The console under LANG=C (containers, cron, ssh without a locale)")
class LocaleFreeConsoleTest {

	private static final Duration START = Duration.ofSeconds(30);

	@Test
	@DisplayName("still speaks UTF-8: its own accents, typed accents (bits á is U+00E1) and a peer's emoji")
	void speaksUtf8() throws Exception {
		try (ChildProcess server = ChildProcess.startUnderLocale("C", "--chat.port=0", "--server.port=0")) {
			int port = Integer.parseInt(
					server.awaitLine(Pattern.compile("Servidor aguardando conexão na porta (\\d+)\\.\\.\\."), START));

			server.type("bits á");
			server.awaitLine(Pattern.compile("^(á\\s+U\\+00E1\\s+C3 A1\\s+11000011 10100001)$"), START);

			try (WirePeer peer = WirePeer.connect(port)) {
				peer.sendBits("Olá 👋");
				server.awaitLine(Pattern.compile("(Cliente #\\d+: Olá 👋)$"), START);
			}
			server.type("sair");
			assertThat(server.exitStatus(START)).isZero();
			assertThat(server.output()).contains("Encerrando conexão.").doesNotContain("\uFFFD", "?");
		}
	}

}
