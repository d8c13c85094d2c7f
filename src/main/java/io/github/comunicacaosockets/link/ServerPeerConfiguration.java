package io.github.comunicacaosockets.link;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.ip.tcp.inbound.TcpReceivingChannelAdapter;

import io.github.comunicacaosockets.access.Admission;
import io.github.comunicacaosockets.access.RefusalNotice;
import io.github.comunicacaosockets.config.ChatProperties;
import io.github.comunicacaosockets.config.ServerRole;
import io.github.comunicacaosockets.i18n.ConsoleText;
import io.github.comunicacaosockets.wire.BitTransformer;

/**
 * The server's link: it listens on {@code chat.host:chat.port}, admits the sockets it
 * accepts ({@link ServerLink}), and receives from every connection.
 */
@Configuration(proxyBeanMethods = false)
@ServerRole
class ServerPeerConfiguration {

	/**
	 * Connections the OS may hold complete but not yet accepted. Spring Integration's
	 * default of 5 makes a burst of clients (a class connecting at once) wait: past the
	 * queue, Linux leaves the extra handshakes unfinished and retries them after 1, 2, 4,
	 * 8 s... while those clients believe they are connected.
	 */
	private static final int ACCEPT_BACKLOG = 128;

	@Bean
	ServerLink serverLink(Admission admission, ChatProperties properties, BitTransformer bitTransformer,
			ConsoleText text) {
		return new ServerLink(admission, TcpConfiguration.serializer(properties), properties.tls().clientAuth(),
				bitTransformer.toWire(RefusalNotice.of(text.get("server.tls-only"))));
	}

	/**
	 * The connection factory itself, not its DSL spec, is the bean: its type is then
	 * known without building it, so a setting it rejects is reported as such instead of
	 * as a missing bean.
	 */
	@Bean
	ChatServerConnectionFactory chatConnectionFactory(ChatProperties properties,
			ChatConnectionSupport connectionSupport, ConnectionThreads connectionThreads, FrameRejections rejections) {
		ChatServerConnectionFactory server = new ChatServerConnectionFactory(properties.port(),
				connectionSupport.readsInProgress());
		server.setTcpNioConnectionSupport(connectionSupport);
		server.setLocalAddress(properties.host());
		server.setBacklog(ACCEPT_BACKLOG);
		return TcpConfiguration.configured(server, properties, connectionThreads, rejections);
	}

	@Bean
	TcpReceivingChannelAdapter tcpInbound(ChatServerConnectionFactory connectionFactory) {
		TcpReceivingChannelAdapter adapter = new TcpReceivingChannelAdapter();
		adapter.setConnectionFactory(connectionFactory);
		return adapter;
	}

}
