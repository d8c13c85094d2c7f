package io.github.comunicacaosockets.console;

import java.net.BindException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.context.event.EventListener;
import org.springframework.integration.ip.tcp.connection.TcpConnectionServerExceptionEvent;
import org.springframework.integration.ip.tcp.connection.TcpConnectionServerListeningEvent;
import org.springframework.stereotype.Component;

import io.github.comunicacaosockets.config.ServerRole;
import io.github.comunicacaosockets.config.ChatProperties;
import io.github.comunicacaosockets.i18n.ConsoleText;

/**
 * Whether the server's socket came to listen, or why it could not. Spring Integration
 * opens it on a thread of its own once the application has started, and a failure (the
 * port taken by another program, a host that is not this machine's) is only logged and
 * announced as an event: the application would go on with a prompt and nothing listening.
 * The console waits for the outcome before it starts.
 */
@Component
@ServerRole
class ListeningWatch {

	private final CompletableFuture<Void> outcome = new CompletableFuture<>();

	private final ChatProperties properties;

	private final ConsoleText text;

	ListeningWatch(ChatProperties properties, ConsoleText text) {
		this.properties = properties;
		this.text = text;
	}

	@EventListener
	void listening(TcpConnectionServerListeningEvent event) {
		this.outcome.complete(null);
	}

	@EventListener
	void failed(TcpConnectionServerExceptionEvent event) {
		this.outcome.completeExceptionally(event.getCause());
	}

	/**
	 * Waits until a server listens, at most {@code patience}.
	 * @return why it could not listen, in the console's words; empty once it listens, or
	 * when neither happened in time
	 */
	Optional<String> failure(Duration patience) {
		try {
			this.outcome.get(patience.toMillis(), TimeUnit.MILLISECONDS);
			return Optional.empty();
		}
		catch (ExecutionException ex) {
			return Optional.of(describe(ex.getCause()));
		}
		catch (TimeoutException ex) {
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

	private String describe(Throwable cause) {
		String host = this.properties.host();
		int port = this.properties.port();
		if (cause instanceof BindException && String.valueOf(cause.getMessage()).contains("in use")) {
			return this.text.get("server.failed.in-use", host, port);
		}
		if (cause instanceof BindException) {
			return this.text.get("server.failed.not-here", host, port);
		}
		if (cause instanceof UnknownHostException) {
			return this.text.get("server.failed.unknown-host", host, port);
		}
		return this.text.get("server.failed", host, port, String.valueOf(cause.getMessage()));
	}

}
