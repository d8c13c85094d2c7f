package io.github.comunicacaosockets;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.jline.utils.Signals;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.integration.annotation.IntegrationComponentScan;
import org.springframework.scheduling.annotation.EnableScheduling;

import io.github.comunicacaosockets.console.CommandLineHelp;

/**
 * Client-server chat over TCP where every message is shown, and by default travels, as
 * its bits. The same application is the server (default) or the client ({@code client}
 * profile).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@IntegrationComponentScan
@EnableScheduling
public class ComunicacaoSocketsApplication {

	public static void main(String[] args) {
		speakUtf8();
		if (CommandLineHelp.answered(args, System.out)) {
			return;
		}
		exitNormallyOnTerminate();
		SpringApplication.run(ComunicacaoSocketsApplication.class, args);
	}

	/**
	 * Standard output and error in UTF-8 whatever the locale says: under {@code LANG=C}
	 * Java 17 writes them in ASCII, and every accent of the console's Portuguese, and of
	 * the messages, would come out as {@code ?}.
	 */
	private static void speakUtf8() {
		System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
	}

	/**
	 * SIGTERM (a service manager stopping us, {@code kill}) is the usual way to stop a
	 * server, not a failure: exit through the normal shutdown (connections closed,
	 * "Encerrando conexão.") with status 0, instead of the JVM's 143. JLine's
	 * {@link Signals} reaches the JDK's signal handling without our code naming its
	 * internal API.
	 */
	private static void exitNormallyOnTerminate() {
		Signals.register("TERM", () -> System.exit(0));
	}

}
