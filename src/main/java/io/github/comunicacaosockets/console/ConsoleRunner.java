package io.github.comunicacaosockets.console;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.shell.core.ShellRunner;
import org.springframework.stereotype.Component;

/**
 * Starts the console once the application is up, in place of Spring Shell's own runner.
 * <ul>
 * <li>Interactive (the default): the prompt runs until {@code sair}, {@code exit} or end
 * of input; leaving it any of those ways ends the conversation.</li>
 * <li>Headless ({@code spring.shell.interactive.enabled=false}): words on the command
 * line, if any, run as one command ({@code sair}, for example); with none the service
 * runs until stopped.</li>
 * </ul>
 * A server whose socket cannot listen (the port is taken, the host is not this machine's)
 * says why in one line and exits with status 1 instead. The prompt blocks this runner, so
 * Spring Boot would never mark the application ready; readiness is published here, before
 * the prompt starts.
 */
@Component
class ConsoleRunner implements ApplicationRunner {

	private final ShellRunner shellRunner;

	private final ApplicationContext context;

	private final Environment environment;

	/**
	 * How long the server's socket may take to listen before the console starts anyway.
	 */
	private static final Duration LISTENING_PATIENCE = Duration.ofSeconds(10);

	private final ConversationEnd conversationEnd;

	private final ConsoleRole role;

	ConsoleRunner(ShellRunner shellRunner, ApplicationContext context, Environment environment,
			ConversationEnd conversationEnd, ConsoleRole role) {
		this.shellRunner = shellRunner;
		this.context = context;
		this.environment = environment;
		this.conversationEnd = conversationEnd;
		this.role = role;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		this.role.startFailure(LISTENING_PATIENCE).ifPresent(this.conversationEnd::fail);
		AvailabilityChangeEvent.publish(this.context, ReadinessState.ACCEPTING_TRAFFIC);
		if (this.environment.getProperty("spring.shell.interactive.enabled", Boolean.class, true)) {
			this.shellRunner.run(new String[0]);
			this.conversationEnd.end(new PrintWriter(System.out));
		}
		else {
			List<String> command = args.getNonOptionArgs();
			if (!command.isEmpty()) {
				this.shellRunner.run(command.toArray(String[]::new));
			}
		}
	}

}
