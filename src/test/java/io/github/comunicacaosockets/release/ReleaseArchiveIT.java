package io.github.comunicacaosockets.release;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.github.comunicacaosockets.support.ChildProcess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The release as a student gets it: target/comunicacao-sockets-&lt;version&gt;.tar.gz
 * (the .zip holds the same) unpacked in an empty folder whose path has spaces and
 * parentheses, and its scripts run with nothing else (no Maven, no class path of ours).
 */
@DisplayName("The release archive, unpacked in an empty folder whose path has spaces and parentheses")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ReleaseArchiveIT {

	private static final Duration START = Duration.ofSeconds(60);

	@TempDir
	static Path folder;

	private static Path home;

	@BeforeAll
	static void unpack() throws Exception {
		Path archive = Path.of(System.getProperty("release.archive"));
		// where a student's desktop may be: spaces and parentheses in the path
		Path desktop = Files.createDirectories(folder.resolve("Area de Trabalho (turma 1)"));
		try (ChildProcess tar = ChildProcess.run(List.of("tar", "-xzf", archive.toString()), desktop, Map.of())) {
			assertThat(tar.exitStatus(START)).as("tar -xzf: %s", tar.output()).isZero();
		}
		home = desktop.resolve(archive.getFileName().toString().replace(".tar.gz", ""));
	}

	private static ChildProcess script(String name, Map<String, String> environment, String... arguments) {
		List<String> command = new ArrayList<>(List.of("sh", "bin/" + name));
		command.addAll(List.of(arguments));
		return ChildProcess.run(command, home, environment);
	}

	private static Map<String, String> withJava() {
		return Map.of("JAVA_HOME", System.getProperty("java.home"));
	}

	@Test
	@DisplayName("holds the scripts for POSIX shells and Windows, the application, config/, README, CHANGELOG and LICENSE")
	void holdsWhatItShould() {
		assertThat(home.resolve("bin")).isDirectoryContaining("glob:**/servidor")
			.isDirectoryContaining("glob:**/cliente")
			.isDirectoryContaining("glob:**/servidor.cmd")
			.isDirectoryContaining("glob:**/cliente.cmd");
		assertThat(home.resolve("lib")).isDirectoryContaining("glob:**/comunicacao-sockets-*.jar");
		assertThat(home.resolve("config/application.yml")).isRegularFile();
		assertThat(home.resolve("README.md")).isRegularFile();
		assertThat(home.resolve("CHANGELOG.md")).isRegularFile();
		assertThat(home.resolve("LICENSE")).isRegularFile();
	}

	@Test
	@Order(2)
	@DisplayName("bin/servidor and bin/cliente give a working chat, and the first start records what later starts start from")
	void chats() throws Exception {
		for (int run = 1; run <= 2; run++) {
			try (ChildProcess server = script("servidor", withJava(), "--chat.port=0", "--server.port=0")) {
				String port = server.awaitLine(Pattern.compile("Servidor aguardando conexão na porta (\\d+)\\.\\.\\."),
						START);
				try (ChildProcess client = script("cliente", withJava(), "--chat.port=" + port)) {
					client.awaitLine(Pattern.compile("(Conectado ao servidor localhost na porta " + port + "\\.)"),
							START);
					client.type("send olá da release " + run);
					server.awaitLine(Pattern.compile("(Cliente #1: olá da release " + run + ")$"), START);
					client.type("sair");
					assertThat(client.exitStatus(START)).isZero();
				}
				server.type("sair");
				assertThat(server.exitStatus(START)).isZero();
				assertThat(server.output().contains("Preparando")).as("run %d trains", run).isEqualTo(run == 1);
			}
			assertThat(home.resolve("cds")).as("after run %d", run)
				.isDirectoryContaining("glob:**/comunicacao-sockets-java-" + System.getProperty("java.version")
						+ startArchiveExtension())
				.isDirectoryNotContaining("glob:**/*.aotconf");
		}
	}

	/**
	 * The JDK's ahead-of-time cache from Java 24 on, class data sharing before.
	 */
	private static String startArchiveExtension() {
		return (Runtime.version().feature() >= 24) ? ".aot" : ".jsa";
	}

	@Test
	@Order(1)
	@DisplayName("bin/servidor --version, run first, answers at once, without the training run of the first start")
	void version() throws Exception {
		try (ChildProcess version = script("servidor", withJava(), "--version")) {
			assertThat(version.exitStatus(Duration.ofSeconds(10))).isZero();
			assertThat(version.output()).startsWith("comunicacao-sockets ").doesNotContain("Preparando");
		}
		assertThat(home.resolve("cds")).as("no archive recorded for --version").doesNotExist();
	}

	@Test
	@DisplayName("say clearly when Java is missing, or older than 17, and exit 1")
	void needJava17(@TempDir Path fakes) throws Exception {
		Path noJava = Files.createDirectories(fakes.resolve("no-java"));
		for (String tool : List.of("sh", "dirname", "sed", "cut", "mkdir")) {
			Files.createSymbolicLink(noJava.resolve(tool), which(tool));
		}
		Map<String, String> nothing = new HashMap<>();
		nothing.put("PATH", noJava.toString());
		nothing.put("JAVA_HOME", "");
		try (ChildProcess missing = ChildProcess.run(List.of(which("sh").toString(), "bin/servidor"), home, nothing)) {
			assertThat(missing.exitStatus(Duration.ofSeconds(10))).isEqualTo(1);
			assertThat(missing.output()).contains("Java não foi encontrado").contains("17");
		}
		Path oldJava = Files.createDirectories(fakes.resolve("old-jdk/bin")).resolve("java");
		Files.writeString(oldJava, "#!/bin/sh\necho '    java.version = 11.0.22' >&2\n");
		Files.setPosixFilePermissions(oldJava,
				Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_EXECUTE));
		try (ChildProcess old = script("servidor", Map.of("JAVA_HOME", fakes.resolve("old-jdk").toString()))) {
			assertThat(old.exitStatus(Duration.ofSeconds(10))).isEqualTo(1);
			assertThat(old.output()).contains("precisa do Java 17 ou mais novo").contains("11.0.22");
		}
	}

	@Test
	@DisplayName("bin/servidor starts under LANG=C from a folder named outside ASCII, such as Área de Trabalho")
	void startsUnderLangCFromAFolderNamedOutsideAscii(@TempDir Path parent) throws Exception {
		assumeTrue(hasTheLocale("C.UTF-8"), "this machine has no C.UTF-8 locale");
		// The shell names the folder from its UTF-8 bytes, unpacks there, and removes it:
		// under LANG=C, this JVM could neither name nor delete it.
		String script = """
				folder=$(printf '\\303\\201rea de Trabalho') && mkdir "$folder" && cd "$folder" \
				  && tar -xzf "$1" && sh comunicacao-sockets-*/bin/servidor --version
				status=$?
				cd .. && rm -rf "$folder"
				exit $status
				""";
		List<String> command = List.of("env", "-u", "LC_ALL", "-u", "LC_CTYPE", "-u", "LC_MESSAGES", "LANG=C", "sh",
				"-c", script, "sh", System.getProperty("release.archive"));
		try (ChildProcess version = ChildProcess.run(command, parent, withJava())) {
			assertThat(version.exitStatus(Duration.ofSeconds(30))).as(version.output()).isZero();
			assertThat(version.output()).startsWith("comunicacao-sockets ");
		}
	}

	private static boolean hasTheLocale(String name) throws Exception {
		try (ChildProcess locales = ChildProcess.run(List.of("locale", "-a"), Path.of("."), Map.of())) {
			locales.exitStatus(Duration.ofSeconds(10));
			String wanted = name.replace("-", "").toLowerCase(Locale.ROOT);
			return locales.output()
				.lines()
				.anyMatch((line) -> line.replace("-", "").toLowerCase(Locale.ROOT).equals(wanted));
		}
	}

	private static Path which(String tool) {
		for (String directory : System.getenv("PATH").split(":")) {
			Path candidate = Path.of(directory, tool);
			if (Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException(tool + " is not on the PATH");
	}

}
