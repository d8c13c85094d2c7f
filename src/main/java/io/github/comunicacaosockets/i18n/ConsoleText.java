package io.github.comunicacaosockets.i18n;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import io.github.comunicacaosockets.config.ChatProperties;

/**
 * Every line the console shows, in the console's language, from the {@code messages}
 * bundles ({@code messages.properties} in Portuguese, {@code messages_en.properties} in
 * English). Numbers are written as plain digits, never grouped, so a byte count or a port
 * reads the same as on the wire and in the metrics.
 */
@Component
public class ConsoleText {

	private final MessageSource messages;

	private final Locale locale;

	@Autowired
	public ConsoleText(MessageSource messages, ChatProperties properties) {
		this(messages, ChatLocale.inThisJvm(properties.locale()));
	}

	public ConsoleText(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/**
	 * The console's text where there is no application context to take it from (a
	 * start-up that failed, or has not begun), in the language the environment asks for.
	 */
	public static ConsoleText withoutContext(Environment environment) {
		return withoutContext(ChatLocale.inThisJvm(environment.getProperty("chat.locale", Locale.class)));
	}

	/**
	 * The console's text in this locale, where there is no application context to take it
	 * from: the same bundles, read with the settings of {@code spring.messages} in
	 * {@code application.yml}.
	 */
	public static ConsoleText withoutContext(Locale locale) {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		messages.setAlwaysUseMessageFormat(true);
		return new ConsoleText(messages, locale);
	}

	/** The message with this code, its arguments filled in. */
	public String get(String code, Object... arguments) {
		return this.messages.getMessage(code, digits(arguments), this.locale);
	}

	/**
	 * A message described by a code and its arguments, such as a rejected frame's reason.
	 */
	public String get(MessageSourceResolvable message) {
		return this.messages.getMessage(new DefaultMessageSourceResolvable(message.getCodes(),
				digits(message.getArguments()), message.getDefaultMessage()), this.locale);
	}

	/**
	 * The message with this code, or {@code fallback} (formatted as a message) if the
	 * bundle has none.
	 */
	public @Nullable String getOrDefault(String code, @Nullable String fallback) {
		return this.messages.getMessage(code, null, fallback, this.locale);
	}

	/**
	 * A duration as people read it: {@code 2 s}, or {@code 700 ms} when it is not whole
	 * seconds.
	 */
	public String duration(Duration duration) {
		return (duration.toMillis() % 1000 == 0) ? get("duration.seconds", duration.toSeconds())
				: get("duration.millis", duration.toMillis());
	}

	/**
	 * A message about a count, worded for one or for many: the code with {@code .one} or
	 * {@code .other} appended, the count as its first argument.
	 */
	public String count(String code, long count, Object... arguments) {
		Object[] all = new Object[arguments.length + 1];
		all[0] = count;
		System.arraycopy(arguments, 0, all, 1, arguments.length);
		return get(code + ((count == 1) ? ".one" : ".other"), all);
	}

	private static Object[] digits(Object[] arguments) {
		if (arguments == null) {
			return new Object[0];
		}
		return Arrays.stream(arguments)
			.map((argument) -> (argument instanceof Number number) ? number.toString() : argument)
			.toArray();
	}

}
