package io.github.comunicacaosockets.support;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import io.github.comunicacaosockets.config.ChatProperties;

/**
 * {@code chat.*} settings for a unit test, bound the way Spring Boot binds them at
 * start-up (defaults and conversions included), without starting an application.
 */
public final class Settings {

	private Settings() {
	}

	/**
	 * The settings with these values, such as {@code "chat.max-connections=2"}, and the
	 * defaults for the rest.
	 */
	public static ChatProperties chat(String... settings) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String setting : settings) {
			int equals = setting.indexOf('=');
			values.put(setting.substring(0, equals), setting.substring(equals + 1));
		}
		return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("chat", ChatProperties.class);
	}

}
