package io.github.comunicacaosockets.link;

import java.io.IOException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

import org.springframework.integration.ip.tcp.connection.TcpConnection;

import io.github.comunicacaosockets.wire.RejectedFrameException;
import io.github.comunicacaosockets.wire.RejectionReason;

/**
 * One connection as people see it, owned by the connection and created with it: who is at
 * the other end (a short number, the address, when it came), how many messages went each
 * way and how many frames were rejected, the order its frames arrived in, and, once it is
 * closing, why ({@link CloseCause}). Other layers read it; what they make of it (what the
 * console has said) they keep on their side.
 */
public final class Peer {

	/** The header of a received message that carries the peer it came from. */
	public static final String HEADER = "chat_peer";

	private final int number;

	private final String connectionId;

	private final String address;

	private final Instant connectedAt;

	private final AtomicLong messagesIn = new AtomicLong();

	private final AtomicLong messagesOut = new AtomicLong();

	private final Map<RejectionReason, AtomicLong> rejected = new EnumMap<>(RejectionReason.class);

	private final ArrivalOrder arrivalOrder = new ArrivalOrder();

	private final AtomicBoolean announced = new AtomicBoolean();

	private final AtomicReference<@Nullable CloseCause> closeCause = new AtomicReference<>();

	/**
	 * Its connection while it is open; not kept after, as the history keeps peers for
	 * long.
	 */
	private volatile @Nullable TcpConnection connection;

	Peer(TcpConnection connection, int number) {
		this.number = number;
		this.connectionId = connection.getConnectionId();
		this.address = connection.getHostAddress() + ":" + connection.getPort();
		this.connectedAt = Instant.now();
		this.connection = connection;
		for (RejectionReason reason : RejectionReason.values()) {
			this.rejected.put(reason, new AtomicLong());
		}
	}

	public int number() {
		return this.number;
	}

	public String connectionId() {
		return this.connectionId;
	}

	/** The remote end as {@code host:port}, e.g. {@code 127.0.0.1:52341}. */
	public String address() {
		return this.address;
	}

	public Instant connectedAt() {
		return this.connectedAt;
	}

	public long messagesIn() {
		return this.messagesIn.get();
	}

	public long messagesOut() {
		return this.messagesOut.get();
	}

	/**
	 * Records why this side closes the connection, or why it is closing; the first cause
	 * given stands, and is set by the layer that closes it.
	 */
	public void closingFor(CloseCause cause) {
		this.closeCause.compareAndSet(null, cause);
	}

	/**
	 * Why the connection is closing, if this side knows; none: the other side closed it.
	 */
	public Optional<CloseCause> closeCause() {
		return Optional.ofNullable(this.closeCause.get());
	}

	/** Why the connection closed, as the meters count it. */
	public CloseReason closeReason() {
		return closeCause().map(CloseCause::reason).orElse(CloseReason.PEER);
	}

	/** Whether its connection is still open. */
	public boolean isConnected() {
		TcpConnection open = this.connection;
		return open != null && open.isOpen();
	}

	/**
	 * How many bytes of a line it has sent and not ended yet; 0 once its connection has
	 * closed.
	 */
	public int unfinishedBytes() {
		return (this.connection instanceof ChatConnection open) ? open.unfinishedBytes() : 0;
	}

	/**
	 * Runs {@code delivery} in the order frames arrived from this peer.
	 * @param sequence the frame's place on the connection, or {@code null} if it has none
	 */
	public void inArrivalOrder(@Nullable Long sequence, Runnable delivery) {
		if (sequence == null) {
			delivery.run();
		}
		else {
			this.arrivalOrder.deliver(sequence, delivery);
		}
	}

	/**
	 * Counts a frame of this peer's that was rejected; one after which the rest of its
	 * stream cannot be framed is the connection's close cause.
	 * @return how many of its frames have been rejected for that reason, this one
	 * included
	 */
	long rejected(RejectedFrameException rejection) {
		if (rejection.reason().closesConnection()) {
			closingFor(CloseCause.frameRejected(rejection));
		}
		return this.rejected.get(rejection.reason()).incrementAndGet();
	}

	/**
	 * Marks the peer as announced: connected as people see it (a TLS connection once its
	 * handshake is done).
	 * @return whether it was not announced before
	 */
	boolean announce() {
		return !this.announced.getAndSet(true);
	}

	boolean isAnnounced() {
		return this.announced.get();
	}

	/**
	 * Tells the peer that this side sends nothing more (a FIN), while what it sends is
	 * still read.
	 */
	void finishSending() {
		TcpConnection open = this.connection;
		if (open != null) {
			try {
				open.shutdownOutput();
			}
			catch (IOException | RuntimeException ex) {
				// closed already, or closing: nothing more to read from it anyway
			}
		}
	}

	/** Its connection has closed. */
	void closed() {
		this.connection = null;
	}

	void countIn() {
		this.messagesIn.incrementAndGet();
	}

	void countOut() {
		this.messagesOut.incrementAndGet();
	}

}
