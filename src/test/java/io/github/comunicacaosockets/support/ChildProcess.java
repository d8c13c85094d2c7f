package io.github.comunicacaosockets.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.comunicacaosockets.ComunicacaoSocketsApplication;

import static org.awaitility.Awaitility.await;

/**
 * The application in a JVM of its own, on this test run's class path, with its standard
 * input and output in the test's hands: for what only a real process shows, such as its
 * exit status.
 */
public final class ChildProcess implements AutoCloseable {

	/**
	 * What the build gives the tests (where their logs go, which settings they read), for
	 * children too.
	 */
	private static final List<String> INHERITED_PROPERTIES = List.of("logging.file.name", "spring.config.location");

	/**
	 * A child lives for seconds, most of them starting: the quick compiler alone starts
	 * it about a quarter sooner than tiered compilation on a small machine, and behaves
	 * the same.
	 */
	private static final String QUICK_COMPILER_ONLY = "-XX:TieredStopAtLevel=1";

	private final Process process;

	private final List<String> lines = new CopyOnWriteArrayList<>();

	private final Thread reader;

	private ChildProcess(Process process) {
		this.process = process;
		this.reader = new Thread(this::collectOutput, "child-output");
		this.reader.setDaemon(true);
		this.reader.start();
	}

	/**
	 * Starts the application with these arguments; standard error joins standard output.
	 */
	public static ChildProcess start(String... arguments) {
		return startMain(ComunicacaoSocketsApplication.class, arguments);
	}

	/**
	 * Starts the application in a JVM given these options, such as
	 * {@code -Duser.language=en}.
	 */
	public static ChildProcess startInJvm(List<String> jvmOptions, String... arguments) {
		return start(jvmOptions, ComunicacaoSocketsApplication.class, arguments);
	}

	/** Starts the {@code main} method of a class on this test run's class path. */
	public static ChildProcess startMain(Class<?> mainClass, String... arguments) {
		return start(List.of(), mainClass, arguments);
	}

	/**
	 * Starts the application under a locale, as {@code LANG=C java ...} would (LANG and
	 * LC_ALL set).
	 */
	public static ChildProcess startUnderLocale(String locale, String... arguments) {
		return start(List.of(), Map.of("LANG", locale, "LC_ALL", locale), ComunicacaoSocketsApplication.class,
				arguments);
	}

	/**
	 * Runs a command, such as a script of the release, in a directory, with these
	 * environment variables set.
	 */
	public static ChildProcess run(List<String> command, Path directory, Map<String, String> environment) {
		try {
			ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
				.redirectErrorStream(true);
			builder.environment().putAll(environment);
			return new ChildProcess(builder.start());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static ChildProcess start(List<String> jvmOptions, Class<?> mainClass, String... arguments) {
		return start(jvmOptions, Map.of(), mainClass, arguments);
	}

	private static ChildProcess start(List<String> jvmOptions, Map<String, String> environment, Class<?> mainClass,
			String... arguments) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		for (String inherited : INHERITED_PROPERTIES) {
			String value = System.getProperty(inherited);
			if (value != null) {
				command.add("-D" + inherited + "=" + value);
			}
		}
		command.add("--enable-native-access=ALL-UNNAMED");
		command.add(QUICK_COMPILER_ONLY);
		command.addAll(jvmOptions);
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
		command.addAll(List.of(arguments));
		try {
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
			builder.environment().putAll(environment);
			return new ChildProcess(builder.start());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void collectOutput() {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				this.lines.add(line);
			}
		}
		catch (IOException ex) {
			// the process is gone; what it printed is kept
		}
	}

	/** Waits for a line matching the pattern and returns its first group. */
	public String awaitLine(Pattern pattern, Duration timeout) {
		return await().pollDelay(Duration.ZERO)
			.atMost(timeout)
			.until(() -> this.lines.stream()
				.map(pattern::matcher)
				.filter(Matcher::find)
				.map((matcher) -> matcher.group(1))
				.findFirst(), Optional::isPresent)
			.get();
	}

	/** Types a line at the prompt. */
	public void type(String line) {
		try {
			OutputStream in = this.process.getOutputStream();
			in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
			in.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Sends SIGTERM, as a service manager stopping the server would. Through the process
	 * handle: {@link Process#destroy()} would also close our end of its output, losing
	 * what it prints on the way out.
	 */
	public void terminate() {
		this.process.toHandle().destroy();
	}

	/** Sends SIGKILL: the process dies at once, without closing anything itself. */
	public void kill() {
		this.process.destroyForcibly();
	}

	/**
	 * The exit status, waiting for the process to end and for all it printed to be read.
	 */
	public int exitStatus(Duration timeout) throws InterruptedException {
		if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new IllegalStateException("Still running after " + timeout + "; output:\n" + output());
		}
		this.reader.join(timeout.toMillis());
		return this.process.exitValue();
	}

	public String output() {
		return String.join("\n", this.lines);
	}

	@Override
	public void close() {
		this.process.destroyForcibly();
	}

}
