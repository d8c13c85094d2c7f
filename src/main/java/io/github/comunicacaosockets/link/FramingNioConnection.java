package io.github.comunicacaosockets.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SocketChannel;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.integration.ip.tcp.connection.TcpListener;
import org.springframework.integration.ip.tcp.connection.TcpNioConnection;
import org.springframework.integration.util.CompositeExecutor;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessagingException;

import io.github.comunicacaosockets.wire.LineDeserializer;
import io.github.comunicacaosockets.wire.RejectedFrameException;
import io.github.comunicacaosockets.wire.UnfinishedLine;

/**
 * A plain-text NIO connection that frames the bytes on the thread that read them,
 * straight from the read buffer.
 * <p>
 * Spring Integration's NIO connection copies every read into a pipe and hands it to a
 * second thread, whose deserializer then takes the bytes out one at a time, each under a
 * lock; for a bits message, eight bytes per character, that was most of the server's time
 * (a profile of the end-to-end benchmark). Here the deserializer reads the buffer itself,
 * messages go into the flow on the reading thread, in the order they arrived, and no
 * second thread is started. Writing goes through an {@link Outbox}, bounded in time and
 * bytes. Everything else (selection, closing, events) is Spring Integration's.
 */
class FramingNioConnection extends TcpNioConnection implements ChatConnection {

	private static final Executor NO_ASSEMBLER = (task) -> {
	};

	private final ReadBuffer readBuffer = new ReadBuffer();

	private final ReadBuffers readBuffers;

	private final ReadsInProgress readsInProgress;

	private final UnfinishedLine unfinishedLine;

	private final @Nullable String connectionFactoryName;

	private final Seat seat;

	private final Peer peer;

	private final UnfinishedLines unfinishedLines;

	private final SocketChannel socketChannel;

	private final Outbox outbox;

	private boolean firstRead = true;

	/** Held by whoever reads the socket: a reader, or {@link #isStillThere()}. */
	private final ReentrantLock reading = new ReentrantLock();

	FramingNioConnection(SocketChannel socketChannel, boolean server, boolean lookupHost,
			@Nullable ApplicationEventPublisher publisher, @Nullable String connectionFactoryName, Seat seat,
			Outbox.Limits outboxLimits, Executor writers, UnfinishedLines unfinishedLines, ReadBuffers readBuffers,
			ReadsInProgress readsInProgress, int number) {
		super(socketChannel, server, lookupHost, publisher, connectionFactoryName);
		this.unfinishedLines = unfinishedLines;
		this.readBuffers = readBuffers;
		this.readsInProgress = readsInProgress;
		this.connectionFactoryName = connectionFactoryName;
		this.seat = seat;
		this.socketChannel = socketChannel;
		this.peer = new Peer(this, number);
		this.outbox = Outbox.plain(socketChannel, writers, outboxLimits, this::slowReader);
		this.unfinishedLine = unfinishedLines.watchedLine(this.peer, this::closeDiscardingWhatIsUnread);
		seat.heldBy(this);
	}

	@Override
	public Peer peer() {
		return this.peer;
	}

	/**
	 * Writes a message through the connection's {@link Outbox}: at once as far as the
	 * socket takes it, the rest by a writer of its own, so that a peer that does not read
	 * holds up nobody.
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

	private void slowReader(SlowReaderException reason) {
		publishEvent(new SlowReaderClosed(this, this.connectionFactoryName, reason));
		closeConnection(true);
	}

	/**
	 * Reports the part of a line the peer left unfinished, if any, as an incomplete
	 * frame; then closes, which Spring Integration announces.
	 */
	@Override
	public void close() {
		this.unfinishedLines.connectionClosing(this.peer, this.unfinishedLine, this.readBuffer.available());
		super.close();
		this.seat.release();
	}

	@Override
	public int unfinishedBytes() {
		return this.unfinishedLine.length();
	}

	/**
	 * Reads what has arrived into a borrowed buffer and frames it at once; the connection
	 * keeps no buffer of its own between reads ({@link ReadBuffers}).
	 */
	@Override
	public void readPacket() {
		if (!this.reading.tryLock()) {
			// isStillThere() is reading; the selector will report what it leaves
			return;
		}
		this.readsInProgress.started();
		try {
			read();
		}
		finally {
			this.readsInProgress.finished();
			this.reading.unlock();
		}
	}

	/**
	 * Reads what its peer has sent, unless a reader is at it already (which then finds
	 * out about the peer itself).
	 */
	@Override
	public boolean isStillThere() {
		if (isOpen() && this.reading.tryLock()) {
			try {
				read();
			}
			finally {
				this.reading.unlock();
			}
		}
		return isOpen();
	}

	private void read() {
		ByteBuffer buffer = this.readBuffers.borrow();
		try {
			int read = this.socketChannel.read(buffer);
			if (read < 0) {
				closeConnection(true);
				return;
			}
			buffer.flip();
			sendToPipe(buffer);
		}
		catch (ClosedChannelException ex) {
			closeConnection(true);
		}
		catch (IOException ex) {
			publishConnectionExceptionEvent(ex);
			closeConnection(true);
		}
		finally {
			this.readBuffers.giveBack(buffer);
		}
	}

	/** Keeps the factory's threads for reading; the assembler thread is never needed. */
	@Override
	public void setTaskExecutor(Executor taskExecutor) {
		Executor reader = (taskExecutor instanceof CompositeExecutor composite) ? composite::execute : taskExecutor;
		super.setTaskExecutor(new CompositeExecutor(reader, NO_ASSEMBLER));
	}

	/** What the deserializer reads: the bytes of the current read, then nothing. */
	@Override
	protected InputStream inputStream() {
		return this.readBuffer;
	}

	@Override
	protected void sendToPipe(ByteBuffer bytesRead) {
		if (this.firstRead) {
			this.firstRead = false;
			if (startsWithTlsRecord(bytesRead)) {
				bytesRead.clear();
				publishEvent(new TlsRecordsReceived(this, this.connectionFactoryName));
				closeConnection(true);
				return;
			}
		}
		this.readBuffer.reading(bytesRead);
		try {
			while (this.readBuffer.available() > 0) {
				Message<?> message = nextMessage();
				if (message == null) {
					break;
				}
				deliver(message);
			}
		}
		finally {
			this.readBuffer.reading(null);
			bytesRead.clear();
		}
	}

	/**
	 * The next message from the buffer; {@code null} when the rest is part of a frame, or
	 * the frame failed.
	 */
	private @Nullable Message<?> nextMessage() {
		try {
			return getMapper().toMessage(this);
		}
		catch (RejectedFrameException ex) {
			// a frame the deserializer refused (already reported)
			closeDiscardingWhatIsUnread();
			return null;
		}
		catch (UncheckedIOException ex) {
			closeConnection(true);
			return null;
		}
	}

	/**
	 * Closes the connection with a reset, so that the bytes the peer is still sending are
	 * refused at once, rather than piling up unread while the socket waits to be closed.
	 */
	private void closeDiscardingWhatIsUnread() {
		try {
			this.socketChannel.setOption(StandardSocketOptions.SO_LINGER, 0);
		}
		catch (IOException ex) {
			logger.debug("Could not set SO_LINGER on " + getConnectionId(), ex);
		}
		closeConnection(true);
	}

	private void deliver(Message<?> message) {
		TcpListener listener = getListener();
		if (listener == null) {
			logger.warn("No listener for a message on " + getConnectionId());
			return;
		}
		try {
			listener.onMessage(message);
		}
		catch (RuntimeException ex) {
			logger.error("Exception sending message: " + message, ex);
		}
	}

	/**
	 * Whether the bytes start as a TLS record does: a content type from 20 to 23 (change
	 * cipher spec, alert, handshake, data), then major version 3. Neither bits nor UTF-8
	 * text start so.
	 */
	private static boolean startsWithTlsRecord(ByteBuffer bytes) {
		if (bytes.remaining() < 2) {
			return false;
		}
		int type = bytes.get(bytes.position());
		return type >= 20 && type <= 23 && bytes.get(bytes.position() + 1) == 3;
	}

	/** The bytes of one read as a stream, without copying them. */
	private final class ReadBuffer extends InputStream implements LineDeserializer.KeepsUnfinishedLine {

		private @Nullable ByteBuffer buffer;

		void reading(@Nullable ByteBuffer buffer) {
			this.buffer = buffer;
		}

		@Override
		public UnfinishedLine unfinishedLine() {
			return FramingNioConnection.this.unfinishedLine;
		}

		@Override
		public int read() {
			ByteBuffer current = this.buffer;
			return (current != null && current.hasRemaining()) ? current.get() & 0xFF : -1;
		}

		@Override
		public int read(byte[] bytes, int offset, int length) {
			ByteBuffer current = this.buffer;
			if (current == null || !current.hasRemaining()) {
				return -1;
			}
			int count = Math.min(length, current.remaining());
			current.get(bytes, offset, count);
			return count;
		}

		@Override
		public int available() {
			ByteBuffer current = this.buffer;
			return (current != null) ? current.remaining() : 0;
		}

		@Override
		public long skip(long count) {
			ByteBuffer current = this.buffer;
			int skipped = (current != null) ? (int) Math.min(count, current.remaining()) : 0;
			if (skipped > 0) {
				current.position(current.position() + skipped);
			}
			return skipped;
		}

		@Override
		public boolean markSupported() {
			return true;
		}

		@Override
		public void mark(int readLimit) {
			if (this.buffer != null) {
				this.buffer.mark();
			}
		}

		@Override
		public void reset() {
			if (this.buffer != null) {
				this.buffer.reset();
			}
		}

	}

}
