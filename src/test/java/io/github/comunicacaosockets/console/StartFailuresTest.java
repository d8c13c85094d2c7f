package io.github.comunicacaosockets.console;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.comunicacaosockets.support.ChildProcess;
import io.github.comunicacaosockets.support.TestCertificates;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("A process that cannot start says why in one line and exits with status 1")
class StartFailuresTest {

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

	@Test
	@DisplayName("when Actuator's port is taken (a second server on one machine)")
	void actuatorPortInUse() throws Exception {
		try (ServerSocket other = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
				ChildProcess server = ChildProcess.start("--chat.port=0", "--server.port=" + other.getLocalPort(),
						"--spring.shell.interactive.enabled=false")) {
			assertThat(server.exitStatus(START)).isOne();
			assertThat(server.output()).contains("A porta " + other.getLocalPort() + " do Actuator já está em uso "
					+ "(outro servidor ou cliente nesta máquina?). Escolha outra com --server.port, ou --server.port=0 "
					+ "para qualquer porta livre.")
				.doesNotContain("APPLICATION FAILED", "\tat ", "Exception");
		}
	}

	@Test
	@DisplayName("when the TLS keystore is missing, or its password is wrong")
	void keystoreMissingOrLocked(@TempDir Path keys) throws Exception {
		TestCertificates certificates = new TestCertificates(keys).keyPair("server");
		try (ChildProcess missing = ChildProcess.start("--chat.port=0", "--server.port=0",
				"--spring.shell.interactive.enabled=false", "--chat.tls.enabled=true",
				"--spring.ssl.bundle.jks.chat.keystore.location=file:" + keys.resolve("nenhum.p12"),
				"--spring.ssl.bundle.jks.chat.keystore.password=changeit");
				ChildProcess locked = ChildProcess.start("--chat.port=0", "--server.port=0",
						"--spring.shell.interactive.enabled=false", "--chat.tls.enabled=true",
						"--spring.ssl.bundle.jks.chat.keystore.location=file:" + certificates.keystore("server"),
						"--spring.ssl.bundle.jks.chat.keystore.password=errada")) {
			assertThat(missing.exitStatus(START)).isOne();
			assertThat(missing.output().lines().toList())
				.containsExactly("O arquivo TLS file:" + keys.resolve("nenhum.p12")
						+ " não existe. Verifique spring.ssl.bundle.jks.chat.keystore.location e .truststore.location "
						+ "(veja a seção TLS do README).");
			assertThat(locked.exitStatus(START)).isOne();
			assertThat(locked.output().lines().toList()).singleElement()
				.asString()
				.startsWith("Não foi possível abrir o arquivo TLS file:" + certificates.keystore("server") + " (")
				.endsWith("). A senha está certa? Verifique spring.ssl.bundle.jks.chat.keystore.password e "
						+ ".truststore.password.");
		}
	}

}
