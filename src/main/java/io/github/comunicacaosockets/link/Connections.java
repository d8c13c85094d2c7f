package io.github.comunicacaosockets.link;

import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import javax.net.ssl.SSLException;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.integration.ip.tcp.connection.AbstractConnectionFactory;
import org.springframework.integration.ip.tcp.connection.TcpConnection;
import org.springframework.integration.ip.tcp.connection.TcpConnectionCloseEvent;
import org.springframework.integration.ip.tcp.connection.TcpConnectionExceptionEvent;
import org.springframework.integration.ip.tcp.connection.TcpConnectionOpenEvent;
import org.springframework.stereotype.Component;

import io.github.comunicacaosockets.config.ChatProperties;

/**
 * The open connections, numbered {@code #1}, {@code #2}, ... in the order they arrived,
 * kept in step with Spring Integration's open and close events. It turns those events
 * into {@link PeerConnected}s and {@link PeerDisconnected}s that carry the peer's number.
 * A connection refused as it is accepted ({@link ChatConnectionSupport}) never becomes a
 * peer. A TLS connection is announced once its handshake is done
 * ({@link TlsEstablished}); until then it is not listed. One closed for
 * {@code chat.idle-timeout} is announced with a {@link PeerTimedOut} first.
 * <p>
 * The {@link Peer} itself belongs to its connection ({@link ChatConnection}), which
 * numbers it, and travels with its messages, so a message still in the flow when its
 * connection closes keeps its peer; this registry holds only the open ones. What closes a
 * connection here (its idle time, a slow reader, a shutdown, a failure) becomes its close
 * cause.
 */
@Component
public class Connections {

	private final Map<String, Peer> peers = new ConcurrentHashMap<>();

	private final AtomicReference<String> lastSender = new AtomicReference<>();

	/** Signalled whenever a connection closes. */
	private final Object allClosed = new Object();

	private final AbstractConnectionFactory connectionFactory;

	private final @Nullable Duration idleTimeout;

	private final ApplicationEventPublisher publisher;

	public Connections(AbstractConnectionFactory connectionFactory, ChatProperties properties,
			ApplicationEventPublisher publisher) {
		this.connectionFactory = connectionFactory;
		this.idleTimeout = properties.idleTimeout();
		this.publisher = publisher;
	}

	@EventListener
	public void opened(TcpConnectionOpenEvent event) {
		TcpConnection connection = (TcpConnection) event.getSource();
		Peer peer = ChatConnection.peerOf(connection);
		this.peers.put(peer.connectionId(), peer);
		if (!(connection instanceof TlsNioConnection tls) || tls.isEstablished()) {
			announce(peer);
		}
	}

	@EventListener
	void established(TlsEstablished event) {
		Peer peer = this.peers.get(event.getConnectionId());
		if (peer != null) {
			announce(peer);
		}
	}

	private void announce(Peer peer) {
		if (peer.announce()) {
			this.publisher.publishEvent(new PeerConnected(peer));
		}
	}

	@EventListener
	void closed(TcpConnectionCloseEvent event) {
		Peer peer = this.peers.get(event.getConnectionId());
		if (peer == null) {
			return;
		}
		peer.closed();
		if (this.peers.remove(peer.connectionId()) != null) {
			synchronized (this.allClosed) {
				this.allClosed.notifyAll();
			}
			this.lastSender.compareAndSet(event.getConnectionId(), null);
			if (peer.isAnnounced()) {
				this.publisher.publishEvent(new PeerDisconnected(peer));
			}
		}
	}

	@EventListener
	void failed(TcpConnectionExceptionEvent event) {
		Peer peer = this.peers.get(event.getConnectionId());
		if (peer == null || event.getCause() instanceof SSLException) {
			// TLS failures are TlsGuard's to explain
			return;
		}
		if (event.getCause() instanceof SocketTimeoutException && this.idleTimeout != null) {
			peer.closingFor(CloseCause.idle());
			this.publisher.publishEvent(new PeerTimedOut(peer, this.idleTimeout));
		}
		else {
			peer.closingFor(CloseCause.failed(String.valueOf(event.getCause().getMessage())));
		}
	}

	@EventListener
	void slowReader(SlowReaderClosed event) {
		Peer peer = ChatConnection.peerOf((TcpConnection) event.getSource());
		peer.closingFor(CloseCause.slowReader(event.reason()));
		this.publisher.publishEvent(new PeerStalled(peer, event.reason()));
	}

	/**
	 * How many open connections are in the middle of a line: they have sent part of it,
	 * not its end.
	 */
	public long unfinishedLines() {
		return this.peers.values().stream().filter((peer) -> peer.unfinishedBytes() > 0).count();
	}

	/** The open connections, by number. */
	public List<Peer> list() {
		return this.peers.values()
			.stream()
			.filter(Peer::isAnnounced)
			.sorted(Comparator.comparingInt(Peer::number))
			.toList();
	}

	/** The peer at the other end of a connection: the one it owns. */
	public Peer peerOf(TcpConnection connection) {
		return ChatConnection.peerOf(connection);
	}

	public Optional<Peer> byNumber(int number) {
		return this.peers.values().stream().filter((peer) -> peer.number() == number && peer.isAnnounced()).findFirst();
	}

	/** The peer that sent the most recent message, while it is still connected. */
	public Optional<Peer> lastSender() {
		String connectionId = this.lastSender.get();
		return (connectionId != null) ? Optional.ofNullable(this.peers.get(connectionId)) : Optional.empty();
	}

	public void received(Peer peer) {
		peer.countIn();
		if (this.peers.containsKey(peer.connectionId())) {
			this.lastSender.set(peer.connectionId());
		}
	}

	public void sent(Peer peer) {
		peer.countOut();
	}

	/**
	 * Ends every connection the way a shutdown should: this side stops sending (the peers
	 * see the end of the stream), what the peers have already sent is still read and
	 * delivered, for at most {@code bound}, then whatever is still open is closed. A
	 * frame cut off is reported as usual.
	 * @return how many connections were still open at the bound and had to be closed
	 */
	public int closeAllAfterTheirLastBytes(Duration bound) throws InterruptedException {
		this.peers.values().forEach((peer) -> {
			peer.closingFor(CloseCause.local());
			peer.finishSending();
		});
		long deadline = System.nanoTime() + bound.toNanos();
		synchronized (this.allClosed) {
			long left;
			while (!this.peers.isEmpty() && (left = deadline - System.nanoTime()) > 0) {
				this.allClosed.wait(Math.max(1, Duration.ofNanos(left).toMillis()));
			}
		}
		int stillOpen = this.peers.size();
		closeAll();
		return stillOpen;
	}

	/** Closes every open connection; each close is reported through the usual events. */
	public void closeAll() {
		for (Peer peer : this.peers.values()) {
			peer.closingFor(CloseCause.local());
			this.connectionFactory.closeConnection(peer.connectionId());
		}
	}

}
