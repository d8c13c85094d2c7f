package io.github.comunicacaosockets.link;

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

import io.github.comunicacaosockets.config.ChatProperties.Framing;
import io.github.comunicacaosockets.config.ChatProperties;
import io.github.comunicacaosockets.wire.BitTransformer;
import io.github.comunicacaosockets.wire.LineDeserializer;
import io.github.comunicacaosockets.wire.LinkCheck;
import io.github.comunicacaosockets.wire.RawDeserializer;

/**
 * The socket side both roles share: the connections, framed as {@code chat.wire.framing}
 * says, in plain text or, with {@code chat.tls.enabled}, over TLS, and the threads that
 * read and write them. {@link ServerPeerConfiguration} makes a server listening on
 * {@code chat.host:chat.port} from them, {@link ClientPeerConfiguration} a client
 * connecting there.
 */
@Configuration(proxyBeanMethods = false)
class TcpConfiguration {

	@Bean
	ConnectionThreads connectionThreads() {
		return new ConnectionThreads();
	}

	@Bean
	FrameRejections frameRejections(ApplicationEventPublisher publisher) {
		return new FrameRejections(publisher);
	}

	@Bean
	BitTransformer bitTransformer(ChatProperties properties) {
		return new BitTransformer(properties.wire().encoding(), new LinkCheck(properties.wire().check()));
	}

	@Bean
	ChatConnectionSupport chatConnectionSupport(ChatProperties properties, LinkRole role,
			ObjectProvider<SslBundles> sslBundles, TaskScheduler scheduler, ConnectionThreads connectionThreads,
			FrameRejections rejections) {
		return new ChatConnectionSupport(
				properties.tls().enabled() ? tlsBundle(properties, sslBundles.getObject()).createSslContext() : null,
				role, properties, scheduler, connectionThreads.executor(), rejections);
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

	/**
	 * The settings a connection factory of either role takes: the framing, the mapper
	 * that reports rejected frames, the threads, and the time limits.
	 */
	static <F extends AbstractConnectionFactory> F configured(F factory, ChatProperties properties,
			ConnectionThreads connectionThreads, FrameRejections rejections) {
		factory.setSerializer(serializer(properties));
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

	/** How a frame is written: ended by a line end, or as it is. */
	@SuppressWarnings("unchecked")
	static Serializer<Object> serializer(ChatProperties properties) {
		return (Serializer<Object>) (Serializer<?>) ((properties.wire().framing() == Framing.LINE) ? TcpCodecs.lf()
				: TcpCodecs.raw());
	}

	private static Deserializer<?> deserializer(ChatProperties properties) {
		return (properties.wire().framing() == Framing.LINE) ? new LineDeserializer(properties.maxFrameBytes())
				: new RawDeserializer(properties.maxFrameBytes());
	}

}
