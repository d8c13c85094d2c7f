package io.github.comunicacaosockets.link;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

import org.springframework.integration.ip.tcp.connection.TcpConnection;

/**
 * One open connection as people see it: a short number, the address at the other end,
 * when it came, and how many messages went each way.
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

	private final ArrivalOrder arrivalOrder = new ArrivalOrder();

	private final AtomicBoolean mismatchSeen = new AtomicBoolean();

	private final AtomicBoolean announced = new AtomicBoolean();

	private final AtomicBoolean otherCheckSeen = new AtomicBoolean();

	private volatile boolean closeExplained;

	private volatile @Nullable String closeReason;

	private volatile @Nullable CloseReason closedFor;

	/**
	 * Its connection while it is open; not kept after, as the history keeps peers for
	 * long.
	 */
	private volatile @Nullable TcpConnection connection;

	private Peer(int number, String connectionId, String address, Instant connectedAt,
			@Nullable TcpConnection connection) {
		this.number = number;
		this.connectionId = connectionId;
		this.address = address;
		this.connectedAt = connectedAt;
		this.connection = connection;
	}

	/** The peer at the other end of a connection, as it opens. */
	static Peer of(TcpConnection connection, int number) {
		return new Peer(number, connection.getConnectionId(), connection.getHostAddress() + ":" + connection.getPort(),
				Instant.now(), connection);
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
	 * Marks that a frame from this peer looked like the other end uses other wire
	 * settings.
	 * @return whether it is the first such frame (the one the console explains)
	 */
	public boolean firstMismatch() {
		return !this.mismatchSeen.getAndSet(true);
	}

	/**
	 * Marks that a frame from this peer came laid out for another check than this side's.
	 * @return whether it is the first such frame (the one after which the peer is told)
	 */
	public boolean firstOfAnotherCheck() {
		return !this.otherCheckSeen.getAndSet(true);
	}

	/**
	 * Marks that the console has said why this connection ends (the server refused it,
	 * its TLS handshake failed), so that its close needs no line of its own.
	 */
	public void closeExplained() {
		this.closeExplained = true;
	}

	/** Records why this side is about to close the connection, in the console's words. */
	public void closingBecause(String reason) {
		this.closeReason = reason;
	}

	/** Why this side closed the connection, if it said. */
	public Optional<String> closeReason() {
		return Optional.ofNullable(this.closeReason);
	}

	/** Records why this side closes the connection; the first reason given stands. */
	public void closingFor(CloseReason reason) {
		if (this.closedFor == null) {
			this.closedFor = reason;
		}
	}

	/** Why the connection closed: what this side gave, or else the other side's doing. */
	public CloseReason closedFor() {
		CloseReason reason = this.closedFor;
		return (reason != null) ? reason : CloseReason.PEER;
	}

	/** Whether its connection is still open. */
	public boolean isConnected() {
		return this.connection != null;
	}

	/** Whether the console has already said why this connection ends. */
	public boolean isCloseExplained() {
		return this.closeExplained;
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

	/**
	 * How many bytes of a line it has sent and not ended yet; 0 once its connection has
	 * closed.
	 */
	public int unfinishedBytes() {
		return (this.connection instanceof ChatConnection open) ? open.unfinishedBytes() : 0;
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

	/**
	 * Runs {@code delivery} in the order frames arrived from this peer.
	 * @param sequence the frame's place on the connection, or {@code null} if it has none
	 */
	public void inArrivalOrder(Long sequence, Runnable delivery) {
		if (sequence == null) {
			delivery.run();
		}
		else {
			this.arrivalOrder.deliver(sequence, delivery);
		}
	}

}
