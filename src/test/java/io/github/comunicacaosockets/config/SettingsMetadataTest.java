package io.github.comunicacaosockets.config;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configuration metadata the build writes for IDEs
 * ({@code META-INF/spring-configuration-metadata.json}): every setting of
 * {@link ChatProperties} is there, explained.
 */
@DisplayName("The settings' metadata, for IDEs")
class SettingsMetadataTest {

	private static Map<String, JsonNode> metadata() throws IOException {
		try (InputStream in = SettingsMetadataTest.class.getClassLoader()
			.getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
			assertThat(in).as("the metadata written by spring-boot-configuration-processor").isNotNull();
			Map<String, JsonNode> properties = new HashMap<>();
			for (JsonNode property : JsonMapper.builder().build().readTree(in).get("properties")) {
				properties.put(property.get("name").asString(), property);
			}
			return properties;
		}
	}

	/** The settings ChatProperties binds, in the kebab case they are written in. */
	private static Set<String> settings(String prefix, Class<?> type) {
		Set<String> names = new TreeSet<>();
		for (RecordComponent component : type.getRecordComponents()) {
			String name = prefix + "." + component.getName().replaceAll("([A-Z])", "-$1").toLowerCase();
			Class<?> componentType = component.getType();
			if (componentType.isRecord() && componentType.getEnclosingClass() == ChatProperties.class) {
				names.addAll(settings(name, componentType));
			}
			else {
				names.add(name);
			}
		}
		return names;
	}

	@Test
	@DisplayName("list every chat.* setting with a description, and its default where it has one")
	void explainEverySetting() throws IOException {
		Map<String, JsonNode> metadata = metadata();
		Set<String> settings = settings("chat", ChatProperties.class);

		assertThat(settings).hasSizeGreaterThan(15);
		assertThat(metadata.keySet()).containsAll(settings);
		for (String setting : settings) {
			JsonNode description = metadata.get(setting).get("description");
			assertThat(description).as("the description of %s", setting).isNotNull();
			assertThat(description.asString()).as("the description of %s", setting).isNotBlank();
		}
		assertThat(metadata.get("chat.port").get("defaultValue").asInt()).isEqualTo(5000);
		assertThat(metadata.get("chat.wire.encoding").get("defaultValue").asString()).isEqualTo("bits");
	}

}
