package io.github.comunicacaosockets.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.integration.autoconfigure.IntegrationAutoConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.event.EventListener;
import org.springframework.integration.annotation.IntegrationComponentScan;
import org.springframework.scheduling.annotation.EnableScheduling;

import io.github.comunicacaosockets.access.Admission;
import io.github.comunicacaosockets.chat.Conversation;
import io.github.comunicacaosockets.config.ChatProperties;
import io.github.comunicacaosockets.i18n.ConsoleText;
import io.github.comunicacaosockets.link.Connections;
import io.github.comunicacaosockets.wire.BitTransformer;

/**
 * The chat without its console, its meters or its web server: the settings, the wire,
 * admission, the connections and the conversation, with Spring Integration and the
 * framework parts they use. {@link ChatSliceTest}s start this, naming it.
 * <p>
 * Not a {@code @Configuration}: the application's own component scan, which reaches the
 * test classes whenever a test starts the whole application, would take this in too, and
 * with it an {@link EventLog} keeping every event of every load.
 */
@ImportAutoConfiguration({ ConfigurationPropertiesAutoConfiguration.class, PropertyPlaceholderAutoConfiguration.class,
		MessageSourceAutoConfiguration.class, TaskSchedulingAutoConfiguration.class, SslAutoConfiguration.class,
		ValidationAutoConfiguration.class, IntegrationAutoConfiguration.class })
@ComponentScan(basePackageClasses = { BitTransformer.class, Admission.class, Connections.class, Conversation.class,
		ConsoleText.class })
@IntegrationComponentScan(basePackageClasses = Conversation.class)
@EnableConfigurationProperties(ChatProperties.class)
@EnableScheduling
public class ChatSlice {

	@Bean
	EventLog eventLog() {
		return new EventLog();
	}

	/** Every event the chat published, in order. */
	public static final class EventLog {

		private final List<Object> events = new CopyOnWriteArrayList<>();

		@EventListener
		void on(Object event) {
			this.events.add(event);
		}

		/** The events of one type, in the order they were published. */
		public <T> List<T> of(Class<T> type) {
			return this.events.stream().filter(type::isInstance).map(type::cast).toList();
		}

	}

}
