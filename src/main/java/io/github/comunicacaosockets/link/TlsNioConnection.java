package io.github.comunicacaosockets.link;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLException;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.serializer.Serializer;
import org.springframework.integration.ip.tcp.connection.TcpNioSSLConnection;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessagingException;

import io.github.comunicacaosockets.wire.LineDeserializer;
import io.github.comunicacaosockets.wire.RejectedFrameException;
import io.github.comunicacaosockets.wire.UnfinishedLine;

/**
 * A TLS connection that completes its handshake as soon as it opens, and says when it
 * has.
 * <p>
 * Spring Integration's TLS connection starts the handshake with the first message a
 * client sends, on the sender's thread, which then waits for the server's answer (up to
 * 30 s): a client saw {@code Conectado} before anything was checked, and its prompt froze
 * when the other end did not speak TLS. Here a client sends its first handshake record
 * when the connection opens, the reading thread drives the rest, and
 * {@link TlsEstablished} is published once the handshake is done. A peer found to speak
 * plain text can be told so in plain text ({@link #tellPlainPeer}). Messages are written
 * by a writer of the connection's own, bounded like an {@link Outbox}.
 * <p>
 * Closing does not wait for the reader: Spring Integration's close first queues an
 * end-of-stream marker behind the bytes not read yet, waiting up to a minute for room; a
 * peer that floods past the frame bound fills that queue.
 */
class TlsNioConnection extends TcpNioSSLConnection implements ChatConnection {

	private final SocketChannel socketChannel;

	private final SSLEngine engine;

	private final AtomicBoolean established = new AtomicBoolean();

	private final @Nullable String connectionFactoryName;

	private final Seat seat;

	private final Peer peer;

	private volatile boolean spokeTls;

	private final Outbox.Limits outboxLimits;

	private final FrameTimer timer;

	private final ReentrantLock sendLock = new ReentrantLock();

	private final Deque<Message<?>> waiting = new ArrayDeque<>();

	private long waitingBytes;

	private boolean writing;

	private boolean failed;

	private boolean closeWhenWritten;

	private @Nullable Thread writer;

	private volatile long writeStarted;

	private final Executor writers;

	private final FrameRejections rejections;

	private final UnfinishedLine unfinishedLine;

	private final LineKeepingStream lineKeepingStream = new LineKeepingStream();

	TlsNioConnection(SocketChannel socketChannel, boolean server, boolean lookupHost,
			@Nullable ApplicationEventPublisher publisher, @Nullable String connectionFactoryName, SSLEngine engine,
			Seat seat, Outbox.Limits outboxLimits, Executor writers, FrameTimer timer, FrameRejections rejections,
			int number) {
		super(socketChannel, server, lookupHost, publisher, connectionFactoryName, engine);
		this.rejections = rejections;
		this.unfinishedLine = timer.watchedLine(this::lineOverdue);
		this.outboxLimits = outboxLimits;
		this.writers = writers;
		this.timer = timer;
		this.seat = seat;
		this.peer = new Peer(this, number);
		this.socketChannel = socketChannel;
		this.engine = engine;
		this.connectionFactoryName = connectionFactoryName;
		seat.heldBy(this);
	}

	/**
	 * Sends a client's first handshake record. The server answers it on the reading
	 * thread, which completes the handshake without waiting for a message to send.
	 */
	void startHandshake() throws IOException {
		this.engine.beginHandshake();
		ByteBuffer record = ByteBuffer.allocate(this.engine.getSession().getPacketBufferSize());
		this.engine.wrap(ByteBuffer.allocate(0), record);
		record.flip();
		writeFully(record);
	}

	@Override
	public Peer peer() {
		return this.peer;
	}

	/**
	 * Queues a message for this connection's own writer, so that a peer that does not
	 * read holds up nobody: past {@code chat.send-buffer} bytes waiting, or when a write
	 * takes nothing for {@code chat.send-timeout}, the peer is closed as a slow reader.
	 * Spring Integration encrypts and writes on the sender's thread, waiting for room as
	 * long as it takes.
	 */
	@Override
	public void send(Message<?> message) {
		int size = (message.getPayload() instanceof byte[] bytes) ? bytes.length : 0;
		SlowReaderException slow = null;
		this.sendLock.lock();
		try {
			if (this.failed) {
				throw new MessagingException(message, "Send failed: the connection is closing");
			}
			if (this.waitingBytes + size > this.outboxLimits.maxWaitingBytes()) {
				slow = SlowReaderException.overTheBound(this.waitingBytes + size, this.outboxLimits.maxWaitingBytes());
				dropWaiting();
			}
			else {
				this.waiting.add(message);
				this.waitingBytes += size;
				if (!this.writing) {
					this.writing = true;
					this.writers.execute(this::writeWaiting);
				}
			}
		}
		finally {
			this.sendLock.unlock();
		}
		if (slow != null) {
			slowReader(slow);
			throw new MessagingException(message, "Send failed: the peer does not read", slow);
		}
	}

	private void writeWaiting() {
		this.sendLock.lock();
		try {
			this.writer = Thread.currentThread();
		}
		finally {
			this.sendLock.unlock();
		}
		boolean close = false;
		try {
			Message<?> next;
			while ((next = nextWaiting()) != null) {
				long started = System.nanoTime() | 1;
				this.writeStarted = started;
				this.timer.scheduler()
					.schedule(() -> stalledCheck(started), Instant.now().plus(this.outboxLimits.sendTimeout()));
				try {
					super.send(next);
				}
				catch (RuntimeException ex) {
					// Spring Integration has reported the failure and closed the
					// connection
					this.sendLock.lock();
					try {
						dropWaiting();
					}
					finally {
						this.sendLock.unlock();
					}
					return;
				}
				finally {
					this.writeStarted = 0;
				}
				taken(next);
			}
		}
		finally {
			this.sendLock.lock();
			try {
				this.writer = null;
				Thread.interrupted();
				// a writer started since keeps the request for its own end
				close = !this.writing && this.closeWhenWritten;
				if (close) {
					this.closeWhenWritten = false;
				}
			}
			finally {
				this.sendLock.unlock();
			}
		}
		if (close) {
			close();
		}
	}

	private @Nullable Message<?> nextWaiting() {
		this.sendLock.lock();
		try {
			Message<?> next = this.waiting.peek();
			if (next == null) {
				this.writing = false;
			}
			return next;
		}
		finally {
			this.sendLock.unlock();
		}
	}

	/**
	 * Closes once the writer has written what waits, such as the notice that tells the
	 * peer why; at once when nothing waits. A peer that does not read it is closed as a
	 * slow reader after {@code chat.send-timeout}, as for any message.
	 */
	private void closeWhenWritten() {
		this.sendLock.lock();
		try {
			if (this.writing && !this.failed) {
				this.closeWhenWritten = true;
				return;
			}
		}
		finally {
			this.sendLock.unlock();
		}
		close();
	}

	private void taken(Message<?> message) {
		this.sendLock.lock();
		try {
			if (this.waiting.peek() == message) {
				this.waiting.poll();
				this.waitingBytes -= (message.getPayload() instanceof byte[] bytes) ? bytes.length : 0;
			}
		}
		finally {
			this.sendLock.unlock();
		}
	}

	/** A write that has taken nothing for the send timeout: the peer is a slow reader. */
	private void stalledCheck(long started) {
		SlowReaderException slow;
		this.sendLock.lock();
		try {
			if (this.writeStarted != started || this.failed) {
				return;
			}
			slow = SlowReaderException.stalled(this.waitingBytes, this.outboxLimits.sendTimeout());
			dropWaiting();
		}
		finally {
			this.sendLock.unlock();
		}
		slowReader(slow);
		this.sendLock.lock();
		try {
			if (this.writer != null) {
				// wakes the writer from its wait for room, which then gives up
				this.writer.interrupt();
			}
		}
		finally {
			this.sendLock.unlock();
		}
	}

	/** Called with the send lock held. */
	private void dropWaiting() {
		this.failed = true;
		this.waiting.clear();
		this.waitingBytes = 0;
	}

	private void slowReader(SlowReaderException reason) {
		publishEvent(new SlowReaderClosed(this, this.connectionFactoryName, reason));
		close();
	}

	/** Whether the handshake has completed. */
	boolean isEstablished() {
		return this.established.get();
	}

	/**
	 * Whether the other end has started speaking TLS. One that sent nothing, or plain
	 * text, speaks plain text (or nothing at all) and may be told in plain text why it is
	 * closed.
	 */
	boolean spokeTls() {
		return this.spokeTls;
	}

	@Override
	protected void sendToPipe(ByteBuffer networkBuffer) throws IOException {
		if (!this.established.get() && networkBuffer.position() == 0 && networkBuffer.remaining() > 0
				&& isTlsRecord(networkBuffer.get(0))) {
			this.spokeTls = true;
		}
		try {
			super.sendToPipe(networkBuffer);
		}
		catch (SSLException ex) {
			if (this.spokeTls) {
				sendAlert();
			}
			throw ex;
		}
		if (this.engine.getHandshakeStatus() == HandshakeStatus.NOT_HANDSHAKING
				&& this.established.compareAndSet(false, true)) {
			publishEvent(new TlsEstablished(this, this.connectionFactoryName));
		}
	}

	/**
	 * Sends the alert the engine has for a failed handshake, so that the other end learns
	 * why (its certificate is not trusted, say) rather than only that the connection
	 * closed. Spring Integration closes the connection without it. Only for a peer that
	 * speaks TLS: one that speaks plain text is told in plain text.
	 */
	private void sendAlert() {
		try {
			ByteBuffer alert = ByteBuffer.allocate(this.engine.getSession().getPacketBufferSize());
			this.engine.wrap(ByteBuffer.allocate(0), alert);
			alert.flip();
			this.socketChannel.write(alert);
		}
		catch (IOException | RuntimeException ex) {
			logger.debug("Could not send the TLS alert on " + getConnectionId(), ex);
		}
	}

	/**
	 * Writes a message, framed as the chat frames it, in plain text, for a peer that does
	 * not speak TLS, before the connection is closed. Best effort: what does not fit at
	 * once is dropped.
	 */
	@SuppressWarnings("unchecked")
	void tellPlainPeer(byte[] payload) {
		try {
			ByteArrayOutputStream framed = new ByteArrayOutputStream();
			((Serializer<Object>) getSerializer()).serialize(payload, framed);
			this.socketChannel.write(ByteBuffer.wrap(framed.toByteArray()));
		}
		catch (IOException | RuntimeException ex) {
			logger.debug("Could not tell " + getConnectionId() + " that this end speaks TLS", ex);
		}
	}

	/**
	 * Reports the part of a line the peer left unfinished, if nothing more of it waits to
	 * be read, as an incomplete frame; then closes, without waiting for the reader.
	 */
	@Override
	public void close() {
		int unfinished = this.unfinishedLine.connectionClosed(unreadBytes());
		if (unfinished > 0) {
			report(RejectedFrameException.incomplete(unfinished));
		}
		setPipeTimeout(0);
		super.close();
		this.seat.release();
	}

	/** How many decrypted bytes wait in Spring Integration's pipe for the reader. */
	private int unreadBytes() {
		try {
			return super.inputStream().available();
		}
		catch (IOException ex) {
			return 0;
		}
	}

	/** The decrypted bytes, as a stream that keeps the line they leave unfinished. */
	@Override
	protected InputStream inputStream() {
		return this.lineKeepingStream;
	}

	/**
	 * Whether the connection is open. Its bytes go through Spring Integration's pipe,
	 * which may wait for room, so they are not read here: a TLS peer that has left keeps
	 * its seat until a reader finds it out.
	 */
	@Override
	public boolean isStillThere() {
		return isOpen();
	}

	@Override
	public int unfinishedBytes() {
		return this.unfinishedLine.length();
	}

	/**
	 * A line not ended within {@code chat.frame-timeout} was given up, as on a plain
	 * connection.
	 */
	private void lineOverdue(RejectedFrameException tooSlow) {
		if (isOpen()) {
			report(tooSlow);
			closeWhenWritten();
		}
	}

	private void report(RejectedFrameException rejection) {
		this.rejections.reject(this.peer, rejection);
	}

	/**
	 * Spring Integration's pipe of decrypted bytes, keeping this connection's unfinished
	 * line.
	 */
	private final class LineKeepingStream extends FilterInputStream implements LineDeserializer.KeepsUnfinishedLine {

		LineKeepingStream() {
			super(TlsNioConnection.super.inputStream());
		}

		@Override
		public UnfinishedLine unfinishedLine() {
			return TlsNioConnection.this.unfinishedLine;
		}

	}

	private void writeFully(ByteBuffer bytes) throws IOException {
		int attempts = 0;
		while (bytes.hasRemaining() && attempts++ < 1000) {
			if (this.socketChannel.write(bytes) == 0) {
				Thread.onSpinWait();
			}
		}
		if (bytes.hasRemaining()) {
			throw new IOException("Could not send the TLS handshake");
		}
	}

	/**
	 * A TLS record starts with its content type: 20 to 23 (change cipher spec, alert,
	 * handshake, data).
	 */
	private static boolean isTlsRecord(byte first) {
		return first >= 20 && first <= 23;
	}

}
