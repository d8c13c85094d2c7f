package io.github.comunicacaosockets.link;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.ssl.SslBundle;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.serializer.Serializer;
import org.springframework.integration.ip.tcp.connection.TcpNioConnection;
import org.springframework.integration.ip.tcp.connection.TcpNioConnectionSupport;
import org.springframework.scheduling.TaskScheduler;

import io.github.comunicacaosockets.access.Admission;
import io.github.comunicacaosockets.access.ConnectionRefused;
import io.github.comunicacaosockets.access.RefusalReason;
import io.github.comunicacaosockets.config.ChatProperties.ClientAuth;
import io.github.comunicacaosockets.config.ChatProperties;

/**
 * Makes the chat's NIO connections, in plain text or, with an SSL bundle, over TLS. What
 * differs from Spring Integration's own connection supports:
 * <ul>
 * <li>A server admits or refuses a socket before anything it sends is read, and counts
 * only the connections that are open ({@link Seat}): before it refuses one for want of
 * room, it asks the holders of the seats whether they are still there, so that peers that
 * left a moment ago, whose end has not been read yet, do not hold their seats.</li>
 * <li>Each connection owns its {@link Peer}, numbered {@code #1}, {@code #2}, ... as they
 * come, here and nowhere else.</li>
 * <li>Plain-text connections frame bytes where they are read
 * ({@link FramingNioConnection}).</li>
 * <li>TLS connections ({@link TlsNioConnection}) complete their handshake as soon as they
 * open, and do not hold up their close.</li>
 * <li>A client's TLS engine is given {@code chat.host}, the host it connects to, so the
 * server's certificate can be checked against it; Spring Integration's engines have no
 * host, and with host checks on every handshake fails. A server asks for client
 * certificates as {@code chat.tls.client-auth} says.</li>
 * </ul>
 */
final class ChatConnectionSupport implements TcpNioConnectionSupport {

	private static final Log logger = LogFactory.getLog(ChatConnectionSupport.class);

	private final @Nullable SSLContext sslContext;

	private final ChatProperties properties;

	private final Admission admission;

	private final Serializer<Object> serializer;

	private final FrameTimer frameTimer;

	private final Executor writers;

	private final Seats seats = new Seats();

	private final ReadBuffers readBuffers = new ReadBuffers();

	private final AtomicInteger numbers = new AtomicInteger();

	private final FrameRejections rejections;

	private ChatConnectionSupport(@Nullable SSLContext sslContext, ChatProperties properties, Admission admission,
			Serializer<Object> serializer, TaskScheduler scheduler, Executor writers, FrameRejections rejections) {
		this.rejections = rejections;
		this.sslContext = sslContext;
		this.writers = writers;
		this.properties = properties;
		this.admission = admission;
		this.serializer = serializer;
		this.frameTimer = new FrameTimer(properties.frameTimeout(), scheduler);
	}

	/**
	 * Plain-text connections.
	 * @param serializer the framing the connections write with, for the refusals written
	 * here
	 * @param scheduler where the connections' time limits are checked
	 * @param writers the threads that write what a slow peer has not taken yet
	 */
	static ChatConnectionSupport plain(ChatProperties properties, Admission admission, Serializer<Object> serializer,
			TaskScheduler scheduler, Executor writers, FrameRejections rejections) {
		return new ChatConnectionSupport(null, properties, admission, serializer, scheduler, writers, rejections);
	}

	/** TLS connections, with this end's key and trusted certificates. */
	static ChatConnectionSupport tls(SslBundle bundle, ChatProperties properties, Admission admission,
			Serializer<Object> serializer, TaskScheduler scheduler, Executor writers, FrameRejections rejections) {
		return new ChatConnectionSupport(bundle.createSslContext(), properties, admission, serializer, scheduler,
				writers, rejections);
	}

	/**
	 * Makes the connection for a socket, first deciding, on a server, whether to admit
	 * it: this runs as the socket is accepted, before Spring Integration registers it for
	 * reading, so nothing a refused peer sends is ever read. A refused socket is told why
	 * (when the {@link Admission} has something to say) and closed here, at once.
	 * @throws ConnectionRefusedOnAccept when refused; Spring Integration then drops the
	 * socket
	 */
	@Override
	public TcpNioConnection createNewConnection(SocketChannel socketChannel, boolean server, boolean lookupHost,
			@Nullable ApplicationEventPublisher publisher, @Nullable String connectionFactoryName) {
		Seat seat = server ? admit(socketChannel, publisher) : Seat.NONE;
		if (this.sslContext == null) {
			return new FramingNioConnection(socketChannel, server, lookupHost, publisher, connectionFactoryName, seat,
					outboxLimits(), this.writers, this.frameTimer, this.readBuffers, this.rejections,
					this.numbers.incrementAndGet());
		}
		SSLEngine engine = server ? serverEngine(this.sslContext) : clientEngine(this.sslContext);
		TlsNioConnection connection = new TlsNioConnection(socketChannel, server, lookupHost, publisher,
				connectionFactoryName, engine, seat, outboxLimits(), this.writers, this.frameTimer, this.rejections,
				this.numbers.incrementAndGet());
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

	private Outbox.Limits outboxLimits() {
		return new Outbox.Limits(this.properties.sendTimeout(), this.properties.sendBuffer().toBytes());
	}

	private Seat admit(SocketChannel socketChannel, @Nullable ApplicationEventPublisher publisher) {
		InetSocketAddress remote = remoteAddress(socketChannel);
		if (remote == null) {
			closeQuietly(socketChannel);
			throw new ConnectionRefusedOnAccept("a socket already closed", RefusalReason.NOT_ALLOWED);
		}
		InetAddress host = remote.getAddress();
		Optional<RefusalReason> refusal = refusalFor(host);
		if (refusal.isPresent()
				&& (refusal.get() == RefusalReason.FULL || refusal.get() == RefusalReason.ADDRESS_FULL)) {
			this.seats.settle((refusal.get() == RefusalReason.FULL) ? null : host);
			refusal = refusalFor(host);
		}
		if (refusal.isEmpty()) {
			return this.seats.take(host);
		}
		String address = host.getHostAddress() + ":" + remote.getPort();
		refuse(socketChannel, refusal.get());
		if (publisher != null) {
			publisher.publishEvent(new ConnectionRefused(address, refusal.get()));
		}
		throw new ConnectionRefusedOnAccept(address, refusal.get());
	}

	private Optional<RefusalReason> refusalFor(InetAddress host) {
		return this.admission.refusalFor(host, this.seats.count(), this.seats.countFrom(host));
	}

	/**
	 * Writes the refusal, if there is one, in a single non-blocking write (a new socket's
	 * buffer has room for it), and closes the socket.
	 */
	private void refuse(SocketChannel socketChannel, RefusalReason reason) {
		try (socketChannel) {
			Optional<byte[]> notice = this.admission.noticeFor(reason);
			if (notice.isPresent()) {
				ByteArrayOutputStream framed = new ByteArrayOutputStream();
				this.serializer.serialize(notice.get(), framed);
				socketChannel.configureBlocking(false);
				socketChannel.write(ByteBuffer.wrap(framed.toByteArray()));
			}
		}
		catch (IOException ex) {
			logger.debug("Could not tell a refused peer why", ex);
		}
	}

	private static void closeQuietly(SocketChannel socketChannel) {
		try {
			socketChannel.close();
		}
		catch (IOException ex) {
			logger.debug("Could not close a socket", ex);
		}
	}

	private static @Nullable InetSocketAddress remoteAddress(SocketChannel socketChannel) {
		try {
			return (InetSocketAddress) socketChannel.getRemoteAddress();
		}
		catch (IOException ex) {
			return null;
		}
	}

	/** A connection the server refused as it accepted it; it was closed already. */
	static final class ConnectionRefusedOnAccept extends IllegalStateException {

		ConnectionRefusedOnAccept(String address, RefusalReason reason) {
			super("Refused " + address + " (" + reason.tag() + ")");
		}

		@Override
		public synchronized Throwable fillInStackTrace() {
			return this;
		}

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
