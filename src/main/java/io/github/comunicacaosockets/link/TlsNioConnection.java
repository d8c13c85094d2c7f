package io.github.comunicacaosockets.link;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLEngineResult.Status;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSession;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.serializer.Serializer;
import org.springframework.integration.ip.tcp.connection.TcpNioSSLConnection;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessagingException;

import io.github.comunicacaosockets.wire.LineDeserializer;
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
 * plain text can be told so in plain text ({@link #tellPlainPeer}). Messages go through
 * an {@link Outbox}, as on a plain connection, sealed in TLS records once the handshake
 * is done.
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

	private final Outbox outbox;

	private final UnfinishedLines unfinishedLines;

	private final UnfinishedLine unfinishedLine;

	private final LineKeepingStream lineKeepingStream = new LineKeepingStream();

	TlsNioConnection(SocketChannel socketChannel, boolean server, boolean lookupHost,
			@Nullable ApplicationEventPublisher publisher, @Nullable String connectionFactoryName, SSLEngine engine,
			Seat seat, Outbox.Limits outboxLimits, Executor writers, UnfinishedLines unfinishedLines, int number) {
		super(socketChannel, server, lookupHost, publisher, connectionFactoryName, engine);
		this.seat = seat;
		this.peer = new Peer(this, number);
		this.socketChannel = socketChannel;
		this.engine = engine;
		this.connectionFactoryName = connectionFactoryName;
		this.outbox = Outbox.notReadyYet(socketChannel, writers, outboxLimits, this::slowReader, this::seal);
		this.unfinishedLines = unfinishedLines;
		this.unfinishedLine = unfinishedLines.watchedLine(this.peer, () -> this.outbox.closeWhenWritten(this::close));
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
	 * Writes a message through the connection's {@link Outbox}, sealed in TLS records: at
	 * once as far as the socket takes it, the rest by a writer of its own, so that a peer
	 * that does not read holds up nobody. Before the handshake is done, the outbox keeps
	 * it. Spring Integration encrypts and writes on the sender's thread, waiting for room
	 * as long as it takes.
	 */
	@Override
	public void send(Message<?> message) {
		this.outbox.send(message, this, this::sendFailed);
	}

	private void sendFailed(MessagingException failed) {
		publishConnectionExceptionEvent(failed);
		closeConnection(true);
	}

	@Override
	public long getLastSend() {
		return this.outbox.lastSend();
	}

	/**
	 * A frame sealed in TLS records, as many as it needs, in the order the engine numbers
	 * them: called under the outbox's lock, so records are written in the order they are
	 * sealed.
	 */
	private ByteBuffer seal(ByteBuffer frame) throws SSLException {
		SSLSession session = this.engine.getSession();
		int records = frame.remaining() / session.getApplicationBufferSize() + 1;
		ByteBuffer sealed = ByteBuffer.allocate(records * session.getPacketBufferSize());
		while (frame.hasRemaining()) {
			SSLEngineResult result = this.engine.wrap(frame, sealed);
			if (result.getStatus() == Status.BUFFER_OVERFLOW) {
				sealed = ByteBuffer.allocate(sealed.capacity() + session.getPacketBufferSize()).put(sealed.flip());
			}
			else if (result.getStatus() == Status.CLOSED) {
				throw new SSLException("The TLS session is closed");
			}
			else if (result.getHandshakeStatus() == HandshakeStatus.NEED_TASK) {
				runDelegatedTasks();
			}
			else if (result.bytesConsumed() == 0 && result.bytesProduced() == 0) {
				throw new SSLException("The TLS engine sealed nothing: " + result.getHandshakeStatus());
			}
		}
		sealed.flip();
		return sealed;
	}

	private void runDelegatedTasks() {
		Runnable task;
		while ((task = this.engine.getDelegatedTask()) != null) {
			task.run();
		}
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
			this.outbox.ready();
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
		this.unfinishedLines.connectionClosing(this.peer, this.unfinishedLine, unreadBytes());
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
