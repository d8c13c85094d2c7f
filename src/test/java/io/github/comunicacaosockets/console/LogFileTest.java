package io.github.comunicacaosockets.console;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.comunicacaosockets.support.ChildProcess;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The log file")
class LogFileTest {

	private static final Duration START = Duration.ofSeconds(30);

	@Test
	@DisplayName("where it cannot be written, goes to the temporary folder, the console says so, and the server runs")
	void movesWhenItCannotBeWritten(@TempDir Path temporary) throws Exception {
		String unwritable = "/proc/comunicacao-sockets/servidor.log";
		try (ChildProcess server = ChildProcess.startInJvm(List.of("-Djava.io.tmpdir=" + temporary),
				"--logging.file.name=" + unwritable, "--chat.port=0", "--server.port=0",
				"--spring.shell.interactive.enabled=false")) {
			server.awaitLine(Pattern.compile("(Servidor aguardando conexão na porta \\d+\\.\\.\\.)"), START);

			server.terminate();

			assertThat(server.exitStatus(START)).isZero();
			assertThat(server.output())
				.startsWith("Não foi possível gravar o log em " + unwritable + "; ele vai para "
						+ temporary.resolve("servidor.log") + ".")
				.doesNotContain("ERROR", "\tat ");
			assertThat(temporary.resolve("servidor.log")).isNotEmptyFile();
		}
	}

}
