package io.github.comunicacaosockets.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * Marks a bean that exists only when this process is the server
 * ({@code chat.role=server}, the default). The two roles differ in these beans alone,
 * chosen here once: the rest of the code does not ask which role it plays.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnProperty(prefix = "chat", name = "role", havingValue = "server", matchIfMissing = true)
public @interface ServerRole {

}
