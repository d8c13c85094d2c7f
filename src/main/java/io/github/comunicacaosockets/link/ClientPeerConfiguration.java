package io.github.comunicacaosockets.link;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.ip.tcp.inbound.TcpReceivingChannelAdapter;

import io.github.comunicacaosockets.config.ChatProperties;
import io.github.comunicacaosockets.config.ClientRole;

/**
 * A client's link: one connection to {@code chat.host:chat.port}, made and made again by
 * Spring Integration's client mode, paced after setbacks ({@link ReconnectPacing}).
 */
@Configuration(proxyBeanMethods = false)
@ClientRole
class ClientPeerConfiguration {

	private static final int CONNECT_TIMEOUT_SECONDS = 5;

	@Bean
	ReconnectPacing reconnectPacing(ChatProperties properties) {
		return new ReconnectPacing(properties.retryInterval());
	}

	@Bean
	ClientLink clientLink(ChatProperties properties, ReconnectPacing pacing) {
		return new ClientLink(properties.host(), properties.port(), pacing);
	}

	@Bean
	PacedClientConnectionFactory chatConnectionFactory(ChatProperties properties,
			ChatConnectionSupport connectionSupport, ConnectionThreads connectionThreads, FrameRejections rejections,
			ReconnectPacing pacing) {
		PacedClientConnectionFactory client = new PacedClientConnectionFactory(properties.host(), properties.port(),
				pacing);
		client.setTcpNioConnectionSupport(connectionSupport);
		client.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
		return TcpConfiguration.configured(client, properties, connectionThreads, rejections);
	}

	@Bean
	TcpReceivingChannelAdapter tcpInbound(PacedClientConnectionFactory connectionFactory, ChatProperties properties) {
		TcpReceivingChannelAdapter adapter = new TcpReceivingChannelAdapter();
		adapter.setConnectionFactory(connectionFactory);
		adapter.setClientMode(true);
		adapter.setRetryInterval(properties.retryInterval().toMillis());
		return adapter;
	}

}
