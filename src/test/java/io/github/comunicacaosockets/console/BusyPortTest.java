package io.github.comunicacaosockets.console;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.comunicacaosockets.support.ChildProcess;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A server started where it cannot listen")
class BusyPortTest {

	private static final Duration START = Duration.ofSeconds(30);

	@ParameterizedTest(name = "interactive: {0}")
	@ValueSource(booleans = { true, false })
	@DisplayName("on a port another program holds, says so in one line and exits with status 1")
	void portInUse(boolean interactive) throws Exception {
		try (ServerSocket other = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			List<String> arguments = new ArrayList<>(List.of("--chat.port=" + other.getLocalPort(), "--server.port=0"));
			if (!interactive) {
				arguments.add("--spring.shell.interactive.enabled=false");
			}
			try (ChildProcess server = ChildProcess.start(arguments.toArray(String[]::new))) {
				assertThat(server.exitStatus(START)).isOne();
				assertThat(server.output().lines().toList()).containsExactly("Não foi possível escutar em localhost:"
						+ other.getLocalPort() + ": a porta já está em uso (outro servidor já está rodando?). "
						+ "Escolha outra com --chat.port.");
			}
		}
	}

	@ParameterizedTest(name = "chat.host={0}")
	@ValueSource(strings = { "192.0.2.1", "nao-existe.invalid" })
	@DisplayName("on a host that is not this machine's, or that does not exist, says so in one line and exits with status 1")
	void hostNotHere(String host) throws Exception {
		try (ChildProcess server = ChildProcess.start("--chat.host=" + host, "--chat.port=0", "--server.port=0",
				"--spring.shell.interactive.enabled=false")) {
			assertThat(server.exitStatus(START)).isOne();
			assertThat(server.output().lines().toList()).singleElement()
				.asString()
				.matches("Não foi possível escutar em " + Pattern.quote(host) + ":0: "
						+ "(esse endereço não é desta máquina|o nome .* não foi encontrado)\\. Verifique chat\\.host\\.");
		}
	}

}
