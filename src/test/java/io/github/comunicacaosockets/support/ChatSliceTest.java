package io.github.comunicacaosockets.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test of the chat's core over real sockets, with no console, no meters and no web
 * server ({@link ChatSlice}): a server on a free port unless the settings say otherwise
 * (add them with {@code @TestPropertySource}); a server's test imports a
 * {@link ServerUnderTest} to reach it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = ChatSlice.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "chat.port=0", "chat.max-connections-per-address=100000" })
public @interface ChatSliceTest {

}
