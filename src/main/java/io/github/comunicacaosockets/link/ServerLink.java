package io.github.comunicacaosockets.link;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Optional;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.serializer.Serializer;

import io.github.comunicacaosockets.access.Admission;
import io.github.comunicacaosockets.access.ConnectionRefused;
import io.github.comunicacaosockets.access.RefusalReason;
import io.github.comunicacaosockets.config.ChatProperties.ClientAuth;

/**
 * The server's end of its links: it admits or refuses each socket it accepts
 * ({@link Admission}), counting only the connections that are open ({@link Seats}), asks
 * for client certificates as {@code chat.tls.client-auth} says, and tells a peer that
 * speaks no TLS, in plain text, why it is closed.
 */
final class ServerLink implements LinkRole {

	private static final Log logger = LogFactory.getLog(ServerLink.class);

	private final Admission admission;

	private final Serializer<Object> serializer;

	private final ClientAuth clientAuth;

	private final byte[] tlsOnlyNotice;

	private final Seats seats = new Seats();

	/**
	 * @param serializer the framing the connections write with, for the refusals written
	 * here
	 * @param tlsOnlyNotice what a peer that speaks no TLS is told, in its wire format
	 */
	ServerLink(Admission admission, Serializer<Object> serializer, ClientAuth clientAuth, byte[] tlsOnlyNotice) {
		this.admission = admission;
		this.serializer = serializer;
		this.clientAuth = clientAuth;
		this.tlsOnlyNotice = tlsOnlyNotice;
	}

	/**
	 * Admits or refuses a socket as it is accepted, before Spring Integration registers
	 * it for reading, so nothing a refused peer sends is ever read. A refused socket is
	 * told why (when the {@link Admission} has something to say) and closed here, at
	 * once.
	 */
	@Override
	public Seat admit(SocketChannel socketChannel, @Nullable ApplicationEventPublisher publisher) {
		InetSocketAddress remote = remoteAddress(socketChannel);
		if (remote == null) {
			closeQuietly(socketChannel);
			throw new RefusedOnAccept("a socket already closed", RefusalReason.NOT_ALLOWED);
		}
		InetAddress host = remote.getAddress();
		Optional<RefusalReason> refusal = refusalFor(host);
		if (refusal.isPresent() && refusal.get().isForWantOfRoom()) {
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
		throw new RefusedOnAccept(address, refusal.get());
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

	@Override
	public SSLEngine engine(SSLContext context) {
		SSLEngine engine = context.createSSLEngine();
		engine.setWantClientAuth(this.clientAuth == ClientAuth.WANT);
		engine.setNeedClientAuth(this.clientAuth == ClientAuth.NEED);
		return engine;
	}

	/** A server waits for its client to start the handshake. */
	@Override
	public void opened(TlsNioConnection connection) {
	}

	@Override
	public @Nullable Duration setback(Peer peer) {
		return null;
	}

	/** Closes a TLS connection, first telling a peer that spoke no TLS why. */
	@Override
	public void closeFailedTls(TlsNioConnection connection) {
		if (!connection.isEstablished() && !connection.spokeTls()) {
			connection.tellPlainPeer(this.tlsOnlyNotice);
		}
		connection.close();
	}

	/** A connection the server refused as it accepted it; it was closed already. */
	static final class RefusedOnAccept extends IllegalStateException {

		RefusedOnAccept(String address, RefusalReason reason) {
			super("Refused " + address + " (" + reason.tag() + ")");
		}

		@Override
		public synchronized Throwable fillInStackTrace() {
			return this;
		}

	}

}
