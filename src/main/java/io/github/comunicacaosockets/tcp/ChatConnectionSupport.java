package io.github.comunicacaosockets.tcp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SocketChannel;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.ssl.SslBundle;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.integration.ip.tcp.connection.TcpNioConnection;
import org.springframework.integration.ip.tcp.connection.TcpNioConnectionSupport;

import io.github.comunicacaosockets.config.ChatProperties;
import io.github.comunicacaosockets.config.ChatProperties.ClientAuth;

/**
 * Makes the chat's NIO connections, in plain text or, with an SSL bundle, over TLS. What differs
 * from Spring Integration's own connection supports:
 * <ul>
 * <li>Plain-text connections frame bytes where they are read ({@link FramingNioConnection}).</li>
 * <li>TLS connections ({@link TlsNioConnection}) complete their handshake as soon as they open,
 * and do not hold up their close.</li>
 * <li>A client's TLS engine is given {@code chat.host}, the host it connects to, so the server's
 * certificate can be checked against it; Spring Integration's engines have no host, and with host
 * checks on every handshake fails. A server asks for client certificates as
 * {@code chat.tls.client-auth} says.</li>
 * </ul>
 */
final class ChatConnectionSupport implements TcpNioConnectionSupport {

	private final @Nullable SSLContext sslContext;

	private final ChatProperties properties;

	private ChatConnectionSupport(@Nullable SSLContext sslContext, ChatProperties properties) {
		this.sslContext = sslContext;
		this.properties = properties;
	}

	static ChatConnectionSupport plain(ChatProperties properties) {
		return new ChatConnectionSupport(null, properties);
	}

	static ChatConnectionSupport tls(SslBundle bundle, ChatProperties properties) {
		return new ChatConnectionSupport(bundle.createSslContext(), properties);
	}

	@Override
	public TcpNioConnection createNewConnection(SocketChannel socketChannel, boolean server, boolean lookupHost,
			@Nullable ApplicationEventPublisher publisher, @Nullable String connectionFactoryName) {
		if (this.sslContext == null) {
			return new FramingNioConnection(socketChannel, server, lookupHost, publisher, connectionFactoryName);
		}
		SSLEngine engine = server ? serverEngine(this.sslContext) : clientEngine(this.sslContext);
		TlsNioConnection connection = new TlsNioConnection(socketChannel, server, lookupHost, publisher,
				connectionFactoryName, engine);
		connection.init();
		if (!server) {
			try {
				connection.startHandshake();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return connection;
	}

	private SSLEngine serverEngine(SSLContext context) {
		SSLEngine engine = context.createSSLEngine();
		ClientAuth clientAuth = this.properties.tls().clientAuth();
		engine.setWantClientAuth(clientAuth == ClientAuth.WANT);
		engine.setNeedClientAuth(clientAuth == ClientAuth.NEED);
		return engine;
	}

	private SSLEngine clientEngine(SSLContext context) {
		SSLEngine engine = context.createSSLEngine(this.properties.host(), this.properties.port());
		SSLParameters parameters = engine.getSSLParameters();
		parameters.setEndpointIdentificationAlgorithm("HTTPS");
		engine.setSSLParameters(parameters);
		return engine;
	}

}
