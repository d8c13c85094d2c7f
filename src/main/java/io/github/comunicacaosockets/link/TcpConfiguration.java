package io.github.comunicacaosockets.link;

import java.util.concurrent.Executor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.serializer.Deserializer;
import org.springframework.core.serializer.Serializer;
import org.springframework.integration.ip.tcp.connection.AbstractConnectionFactory;
import org.springframework.integration.ip.tcp.serializer.TcpCodecs;
import org.springframework.scheduling.TaskScheduler;

import io.github.comunicacaosockets.access.Admission;
import io.github.comunicacaosockets.config.ChatProperties.Framing;
import io.github.comunicacaosockets.config.ChatProperties.Role;
import io.github.comunicacaosockets.config.ChatProperties;
import io.github.comunicacaosockets.wire.BitTransformer;
import io.github.comunicacaosockets.wire.LinkCheck;
import io.github.comunicacaosockets.wire.LineDeserializer;
import io.github.comunicacaosockets.wire.RawDeserializer;

/**
 * The socket side: one connection factory, a server listening on
 * {@code chat.host:chat.port} or a client connecting there, with the framing chosen by
 * {@code chat.wire.framing}, in plain text or, with {@code chat.tls.enabled}, over TLS.
 */
@Configuration(proxyBeanMethods = false)
class TcpConfiguration {

	private static final int CONNECT_TIMEOUT_SECONDS = 5;

	/**
	 * Connections the OS may hold complete but not yet accepted. Spring Integration's
	 * default of 5 makes a burst of clients (a class connecting at once) wait: past the
	 * queue, Linux leaves the extra handshakes unfinished and retries them after 1, 2, 4,
	 * 8 s... while those clients believe they are connected.
	 */
	private static final int ACCEPT_BACKLOG = 128;

	/**
	 * The connection factory itself, not its DSL spec, is the bean: its type is then
	 * known without building it, so a setting it rejects is reported as such instead of
	 * as a missing bean.
	 */
	@Bean
	ConnectionThreads connectionThreads() {
		return new ConnectionThreads();
	}

	@Bean
	ReconnectPacing reconnectPacing(ChatProperties properties) {
		return new ReconnectPacing(properties.retryInterval());
	}

	@Bean
	FrameRejections frameRejections(ApplicationEventPublisher publisher) {
		return new FrameRejections(publisher);
	}

	@Bean
	AbstractConnectionFactory chatConnectionFactory(ChatProperties properties, FrameRejections rejections,
			ObjectProvider<SslBundles> sslBundles, ConnectionThreads connectionThreads, ReconnectPacing pacing,
			Admission admission, TaskScheduler scheduler) {
		Serializer<Object> serializer = serializer(properties.wire().framing());
		Executor writers = connectionThreads.executor();
		ChatConnectionSupport connectionSupport = properties.tls().enabled()
				? ChatConnectionSupport.tls(tlsBundle(properties, sslBundles.getObject()), properties, admission,
						serializer, scheduler, writers, rejections)
				: ChatConnectionSupport.plain(properties, admission, serializer, scheduler, writers, rejections);
		AbstractConnectionFactory factory;
		if (properties.role() == Role.SERVER) {
			ChatServerConnectionFactory server = new ChatServerConnectionFactory(properties.port());
			server.setTcpNioConnectionSupport(connectionSupport);
			server.setLocalAddress(properties.host());
			server.setBacklog(ACCEPT_BACKLOG);
			factory = server;
		}
		else {
			PacedClientConnectionFactory client = new PacedClientConnectionFactory(properties.host(), properties.port(),
					pacing);
			client.setTcpNioConnectionSupport(connectionSupport);
			client.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
			factory = client;
		}
		factory.setSerializer(serializer);
		factory.setDeserializer(deserializer(properties));
		factory.setMapper(new FrameRejectionReportingMapper(rejections));
		factory.setTaskExecutor(connectionThreads.executor());
		factory.setSoTcpNoDelay(true);
		factory.setSslHandshakeTimeout((int) Math.max(1, properties.tls().handshakeTimeout().toSeconds()));
		if (properties.idleTimeout() != null) {
			factory.setSoTimeout((int) properties.idleTimeout().toMillis());
		}
		return factory;
	}

	private static SslBundle tlsBundle(ChatProperties properties, SslBundles sslBundles) {
		String name = properties.tls().bundle();
		if (!sslBundles.getBundleNames().contains(name)) {
			throw new InvalidConfigurationPropertyValueException("chat.tls.bundle", name,
					"chat.tls.enabled=true needs an SSL bundle named '" + name
							+ "' under spring.ssl.bundle.jks or spring.ssl.bundle.pem (see the README's TLS section)");
		}
		return sslBundles.getBundle(name);
	}

	@Bean
	BitTransformer bitTransformer(ChatProperties properties) {
		return new BitTransformer(properties.wire().encoding(), new LinkCheck(properties.wire().check()));
	}

	@SuppressWarnings("unchecked")
	private static Serializer<Object> serializer(Framing framing) {
		return (Serializer<Object>) (Serializer<?>) ((framing == Framing.LINE) ? TcpCodecs.lf() : TcpCodecs.raw());
	}

	private static Deserializer<?> deserializer(ChatProperties properties) {
		return (properties.wire().framing() == Framing.LINE) ? new LineDeserializer(properties.maxFrameBytes())
				: new RawDeserializer(properties.maxFrameBytes());
	}

}
