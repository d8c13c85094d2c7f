package io.github.comunicacaosockets.console;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.github.comunicacaosockets.support.ChildProcess;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("java -jar with --help or --version")
class CommandLineOptionsTest {

	/** Far less than the application takes to start: nothing is started. */
	private static final Duration AT_ONCE = Duration.ofSeconds(5);

	@Test
	@DisplayName("--help shows the roles, the main settings and the console commands, in Portuguese, and exits 0 without starting")
	void helpInPortuguese() throws Exception {
		try (ChildProcess help = ChildProcess.start("--help")) {
			assertThat(help.exitStatus(AT_ONCE)).isZero();
			assertThat(help.output()).contains("Uso: java -jar comunicacao-sockets-")
				.contains("Papéis:", "--spring.profiles.active=client", "--chat.port=5000", "--chat.wire.encoding",
						"--chat.tls.enabled=true", "--server.port=8080")
				.contains("Comandos do console:", "send ", "bits ", "clientes ", "historico ", "detalhes ", "status ",
						"sair ", "--version")
				.doesNotContain("Servidor aguardando", "Exception");
		}
	}

	@Test
	@DisplayName("--help speaks English with --chat.locale=en, or in a JVM told -Duser.language=en")
	void helpInEnglish() throws Exception {
		try (ChildProcess help = ChildProcess.start("--help", "--chat.locale=en");
				ChildProcess jvmHelp = ChildProcess.startInJvm(List.of("-Duser.language=en"), "-h")) {
			assertThat(help.exitStatus(AT_ONCE)).isZero();
			assertThat(jvmHelp.exitStatus(AT_ONCE)).isZero();
			assertThat(help.output()).contains("Usage:", "Console commands:", "Sends the rest of the line");
			assertThat(jvmHelp.output()).contains("Usage:", "Console commands:");
		}
	}

	@Test
	@DisplayName("--version gives the version, the commit built and the Java it runs on, and exits 0 without starting")
	void version() throws Exception {
		try (ChildProcess version = ChildProcess.start("--version")) {
			assertThat(version.exitStatus(AT_ONCE)).isZero();
			assertThat(version.output().strip()).matches("comunicacao-sockets 0\\.2\\.0 \\(commit [0-9a-f]{7,}, Java "
					+ System.getProperty("java.version").replace(".", "\\.") + "\\)");
		}
	}

}
