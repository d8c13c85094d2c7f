package io.github.comunicacaosockets.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import io.github.comunicacaosockets.i18n.ConsoleText;

/**
 * Moves the log file to the temporary folder, and says so, when the configured place
 * ({@code logging.file.name}, {@code logs/} under the working directory by default)
 * cannot be written: a read-only folder is no reason to refuse to chat, and Logback would
 * stop the start-up with a page of stack traces. Runs before logging starts.
 */
class LogFileFallback implements EnvironmentPostProcessor {

	private static final String LOG_FILE = "logging.file.name";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String configured = environment.getProperty(LOG_FILE);
		if (configured == null || configured.isBlank() || canWrite(Path.of(configured))) {
			return;
		}
		Path fallback = Path.of(System.getProperty("java.io.tmpdir")).resolve(Path.of(configured).getFileName());
		environment.getPropertySources()
			.addFirst(new MapPropertySource("logFileFallback", Map.of(LOG_FILE, fallback.toString())));
		System.out.println(ConsoleText.withoutContext(environment).get("log.moved", configured, fallback));
	}

	private static boolean canWrite(Path file) {
		try {
			Path folder = file.toAbsolutePath().getParent();
			Files.createDirectories(folder);
			return Files.isWritable(folder) && (!Files.exists(file) || Files.isWritable(file));
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

}
