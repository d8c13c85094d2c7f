package io.github.comunicacaosockets.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.shell.test.autoconfigure.ShellTest;

/**
 * A test of the whole server: the real application on a free chat port and a free
 * Actuator port, headless, with Spring Shell's test client, the captured console, and a
 * {@link ServerUnderTest} to reach it. Every event is shown on the console (tests read it
 * line by line), however many come in a second, and this machine may have as many
 * connections as the server takes (the tests' peers all come from 127.0.0.1;
 * {@code AddressCapTest} checks the default cap per address). Add settings with
 * {@code @TestPropertySource}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ShellTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "chat.port=0", "spring.shell.interactive.enabled=false",
				"chat.console.events-per-second=1000000", "chat.max-connections-per-address=100000" })
@Import(ServerUnderTest.class)
@ExtendWith(OutputCaptureExtension.class)
public @interface ServerTest {

}
