package io.github.comunicacaosockets.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SocketChannel;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.integration.ip.tcp.connection.TcpNioConnection;
import org.springframework.integration.ip.tcp.connection.TcpNioConnectionSupport;
import org.springframework.scheduling.TaskScheduler;

import io.github.comunicacaosockets.config.ChatProperties;

/**
 * Makes the chat's NIO connections, in plain text or, with an SSL bundle, over TLS. What
 * differs from Spring Integration's own connection supports:
 * <ul>
 * <li>Each socket is first taken in by this end's {@link LinkRole}: a server admits or
 * refuses it before anything it sends is read ({@link ServerLink}).</li>
 * <li>Each connection owns its {@link Peer}, numbered {@code #1}, {@code #2}, ... as they
 * come, here and nowhere else.</li>
 * <li>Plain-text connections frame bytes where they are read
 * ({@link FramingNioConnection}).</li>
 * <li>TLS connections ({@link TlsNioConnection}) complete their handshake as soon as they
 * open, and do not hold up their close.</li>
 * </ul>
 */
final class ChatConnectionSupport implements TcpNioConnectionSupport {

	private final @Nullable SSLContext sslContext;

	private final LinkRole role;

	private final Outbox.Limits outboxLimits;

	private final UnfinishedLines unfinishedLines;

	private final Executor writers;

	private final ReadBuffers readBuffers = new ReadBuffers();

	private final ReadsInProgress readsInProgress = new ReadsInProgress();

	private final AtomicInteger numbers = new AtomicInteger();

	/**
	 * @param sslContext this end's key and trusted certificates, for TLS; none for plain
	 * text
	 * @param role what this end does with a new socket
	 * @param scheduler where the connections' time limits are checked
	 * @param writers the threads that write what a slow peer has not taken yet
	 * @param rejections where the frames the connections give up are announced
	 */
	ChatConnectionSupport(@Nullable SSLContext sslContext, LinkRole role, ChatProperties properties,
			TaskScheduler scheduler, Executor writers, FrameRejections rejections) {
		this.sslContext = sslContext;
		this.role = role;
		this.outboxLimits = new Outbox.Limits(properties.sendTimeout(), properties.sendBuffer().toBytes());
		this.unfinishedLines = new UnfinishedLines(properties.frameTimeout(), scheduler, rejections);
		this.writers = writers;
	}

	/**
	 * The plain-text connections' reads in progress, which a server's selector watches.
	 */
	ReadsInProgress readsInProgress() {
		return this.readsInProgress;
	}

	/**
	 * Makes the connection for a socket, once this end's {@link LinkRole} has taken it
	 * in: on a server, as the socket is accepted, before Spring Integration registers it
	 * for reading.
	 * @throws ServerLink.RefusedOnAccept when the server refuses it; Spring Integration
	 * then drops the socket
	 */
	@Override
	public TcpNioConnection createNewConnection(SocketChannel socketChannel, boolean server, boolean lookupHost,
			@Nullable ApplicationEventPublisher publisher, @Nullable String connectionFactoryName) {
		Seat seat = this.role.admit(socketChannel, publisher);
		if (this.sslContext == null) {
			return new FramingNioConnection(socketChannel, server, lookupHost, publisher, connectionFactoryName, seat,
					this.outboxLimits, this.writers, this.unfinishedLines, this.readBuffers, this.readsInProgress,
					this.numbers.incrementAndGet());
		}
		TlsNioConnection connection = new TlsNioConnection(socketChannel, server, lookupHost, publisher,
				connectionFactoryName, this.role.engine(this.sslContext), seat, this.outboxLimits, this.writers,
				this.unfinishedLines, this.numbers.incrementAndGet());
		connection.init();
		try {
			this.role.opened(connection);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return connection;
	}

}
