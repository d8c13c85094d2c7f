package io.github.comunicacaosockets.i18n;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.github.comunicacaosockets.support.ChildProcess;
import io.github.comunicacaosockets.support.WirePeer;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A server whose JVM was given a locale")
class JvmLocaleTest {

	private static final Duration START = Duration.ofSeconds(60);

	@Test
	@DisplayName("speaks English when started with -Duser.language=en and no chat.locale, naming the port it listens on")
	void englishFromTheJvm() throws Exception {
		try (ChildProcess server = ChildProcess.startInJvm(List.of("-Duser.language=en"), "--chat.port=0",
				"--server.port=0", "--spring.shell.interactive.enabled=false")) {
			int port = Integer.parseInt(server
				.awaitLine(Pattern.compile("Server waiting for a connection on port (\\d+)\\.\\.\\."), START));
			try (WirePeer peer = WirePeer.connect(port)) {
				server.awaitLine(Pattern.compile("(Connected from 127\\.0\\.0\\.1:" + peer.localPort() + ") "), START);
			}

			server.terminate();

			assertThat(server.exitStatus(START)).isZero();
			assertThat(server.output()).contains("Closing the connection.").doesNotContain("Servidor aguardando");
		}
	}

}
