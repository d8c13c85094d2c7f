package io.github.comunicacaosockets.console;

import java.io.FileNotFoundException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

import io.github.comunicacaosockets.i18n.ConsoleText;

/**
 * Names in one line, in the console's language, the start-up failures a person can fix at
 * once: Actuator's port taken (a second server on one machine), a TLS key or certificate
 * file that is missing or whose password is wrong. Spring Boot reported the first over a
 * dozen English lines and the others only in the log. {@link StartFailureReporter} prints
 * the line.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartFailureAnalyzer implements FailureAnalyzer {

	/** How Spring Boot's SSL bundles say which key or trust store they could not load. */
	private static final Pattern STORE = Pattern.compile("Could not load store from '(.*)'");

	private final ConsoleText text;

	public StartFailureAnalyzer(Environment environment) {
		this.text = ConsoleText.withoutContext(environment);
	}

	@Override
	public @Nullable FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof PortInUseException portInUse) {
				return new OneLine(this.text.get("start.failed.actuator-port", portInUse.getPort()), failure);
			}
			Matcher store = STORE.matcher(String.valueOf(cause.getMessage()));
			if (store.matches() && cause.getCause() != null) {
				String why = (cause.getCause() instanceof FileNotFoundException) ? "start.failed.store-missing"
						: "start.failed.store-unreadable";
				return new OneLine(this.text.get(why, store.group(1), String.valueOf(cause.getCause().getMessage())),
						failure);
			}
		}
		return null;
	}

	/** A failure described in one line of the console's language. */
	static final class OneLine extends FailureAnalysis {

		OneLine(String line, Throwable cause) {
			super(line, "", cause);
		}

	}

}
