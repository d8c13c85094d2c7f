package io.github.comunicacaosockets.tcp;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.serializer.Deserializer;
import org.springframework.core.serializer.Serializer;
import org.springframework.integration.ip.dsl.AbstractConnectionFactorySpec;
import org.springframework.integration.ip.dsl.Tcp;
import org.springframework.integration.ip.tcp.serializer.TcpCodecs;

import io.github.comunicacaosockets.codec.BitTransformer;
import io.github.comunicacaosockets.config.ChatProperties;
import io.github.comunicacaosockets.config.ChatProperties.Framing;
import io.github.comunicacaosockets.config.ChatProperties.Role;

/**
 * The socket side: one connection factory, a server listening on {@code chat.host:chat.port} or a
 * client connecting there, with the framing chosen by {@code chat.wire.framing}.
 */
@Configuration(proxyBeanMethods = false)
class TcpConfiguration {

	private static final int CONNECT_TIMEOUT_SECONDS = 5;

	/**
	 * Connections the OS may hold complete but not yet accepted. Spring Integration's default of 5
	 * makes a burst of clients (a class connecting at once) wait: past the queue, Linux leaves the
	 * extra handshakes unfinished and retries them after 1, 2, 4, 8 s... while those clients
	 * believe they are connected.
	 */
	private static final int ACCEPT_BACKLOG = 128;

	@Bean
	AbstractConnectionFactorySpec<?, ?> chatConnectionFactory(ChatProperties properties,
			ApplicationEventPublisher publisher) {
		AbstractConnectionFactorySpec<?, ?> spec = (properties.role() == Role.SERVER)
				? Tcp.nioServer(properties.port()).localAddress(properties.host()).backlog(ACCEPT_BACKLOG)
				: Tcp.nioClient(properties.host(), properties.port()).connectTimeout(CONNECT_TIMEOUT_SECONDS);
		return spec.serializer(serializer(properties.wire().framing()))
			.deserializer(deserializer(properties))
			.mapper(new FrameRejectionReportingMapper(publisher))
			.soTcpNoDelay(true);
	}

	@Bean
	BitTransformer bitTransformer(ChatProperties properties) {
		return new BitTransformer(properties.wire().encoding());
	}

	private static Serializer<?> serializer(Framing framing) {
		return (framing == Framing.LINE) ? TcpCodecs.lf() : TcpCodecs.raw();
	}

	private static Deserializer<?> deserializer(ChatProperties properties) {
		return (properties.wire().framing() == Framing.LINE) ? new LineDeserializer(properties.maxFrameBytes())
				: new RawDeserializer(properties.maxFrameBytes());
	}

}
