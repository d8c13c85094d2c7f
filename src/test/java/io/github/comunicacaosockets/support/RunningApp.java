package io.github.comunicacaosockets.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.integration.ip.tcp.connection.AbstractServerConnectionFactory;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.test.ShellTestClient;

import io.github.comunicacaosockets.ComunicacaoSocketsApplication;

import static org.awaitility.Awaitility.await;

/**
 * A whole application (server or client) started in this JVM, headless, with its Actuator
 * on a free port: a second end for tests whose first end is the test's own context.
 */
public final class RunningApp implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private RunningApp(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/**
	 * Starts a client of the server on {@code chatPort}, retrying every 200 ms while it
	 * is down unless the arguments say otherwise.
	 */
	public static RunningApp client(int chatPort, String... arguments) {
		List<String> args = new ArrayList<>(List.of("--chat.port=" + chatPort));
		if (Stream.of(arguments).noneMatch((argument) -> argument.startsWith("--chat.retry-interval="))) {
			args.add("--chat.retry-interval=200ms");
		}
		args.addAll(List.of(arguments));
		return start("client", args);
	}

	/** Starts a server on {@code chatPort}. */
	public static RunningApp server(int chatPort, String... arguments) {
		List<String> args = new ArrayList<>(List.of("--chat.port=" + chatPort));
		args.addAll(List.of(arguments));
		return start("default", args);
	}

	private static RunningApp start(String profile, List<String> arguments) {
		List<String> args = new ArrayList<>(arguments);
		// Command-line arguments, so that they win over ./config/application*.yml.
		args.add("--server.port=0");
		args.add("--spring.shell.interactive.enabled=false");
		return new RunningApp(new SpringApplicationBuilder(ComunicacaoSocketsApplication.class).profiles(profile)
			.run(args.toArray(String[]::new)));
	}

	/** Adds a listener for the application's events, such as {@code MessageReceived}. */
	public void listen(ApplicationListener<?> listener) {
		this.context.addApplicationListener(listener);
	}

	public <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	/** The chat port of a server, waiting until it listens. */
	public int chatPort() {
		AbstractServerConnectionFactory server = bean(AbstractServerConnectionFactory.class);
		await().pollDelay(Duration.ZERO).atMost(WirePeer.TIMEOUT).until(server::isListening);
		return server.getPort();
	}

	public Actuator actuator() {
		return new Actuator(Integer.parseInt(this.context.getEnvironment().getProperty("local.server.port")));
	}

	/** A console on this application, as Spring Shell's test support drives one. */
	public ShellTestClient shell() {
		return new ShellTestClient(bean(CommandParser.class), bean(CommandRegistry.class));
	}

	@Override
	public void close() {
		this.context.close();
	}

}
