package io.github.comunicacaosockets.tcp;

import java.nio.channels.SocketChannel;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.ssl.SslBundle;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.integration.ip.tcp.connection.TcpNioConnection;
import org.springframework.integration.ip.tcp.connection.TcpNioConnectionSupport;
import org.springframework.integration.ip.tcp.connection.TcpNioSSLConnection;

import io.github.comunicacaosockets.config.ChatProperties;
import io.github.comunicacaosockets.config.ChatProperties.ClientAuth;

/**
 * TLS on the chat connections, with the key and trusted certificates of a Spring Boot SSL bundle.
 * A client checks that the server's certificate names {@code chat.host}, the host it connects to;
 * a server asks for client certificates as {@code chat.tls.client-auth} says.
 * <p>
 * Spring Integration's own NIO TLS support creates its engines without the peer's host name, so
 * with host checks on every handshake fails; this one gives the client's engine the host.
 */
class TlsConnectionSupport implements TcpNioConnectionSupport {

	private final SSLContext sslContext;

	private final ChatProperties properties;

	TlsConnectionSupport(SslBundle bundle, ChatProperties properties) {
		this.sslContext = bundle.createSslContext();
		this.properties = properties;
	}

	@Override
	public TcpNioConnection createNewConnection(SocketChannel socketChannel, boolean server, boolean lookupHost,
			@Nullable ApplicationEventPublisher publisher, @Nullable String connectionFactoryName) {
		SSLEngine engine = server ? serverEngine() : clientEngine();
		TcpNioSSLConnection connection = new TcpNioSSLConnection(socketChannel, server, lookupHost, publisher,
				connectionFactoryName, engine);
		connection.init();
		return connection;
	}

	private SSLEngine serverEngine() {
		SSLEngine engine = this.sslContext.createSSLEngine();
		ClientAuth clientAuth = this.properties.tls().clientAuth();
		engine.setWantClientAuth(clientAuth == ClientAuth.WANT);
		engine.setNeedClientAuth(clientAuth == ClientAuth.NEED);
		return engine;
	}

	private SSLEngine clientEngine() {
		SSLEngine engine = this.sslContext.createSSLEngine(this.properties.host(), this.properties.port());
		SSLParameters parameters = engine.getSSLParameters();
		parameters.setEndpointIdentificationAlgorithm("HTTPS");
		engine.setSSLParameters(parameters);
		return engine;
	}

}
