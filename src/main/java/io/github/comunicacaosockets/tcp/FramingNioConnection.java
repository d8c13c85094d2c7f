package io.github.comunicacaosockets.tcp;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.concurrent.Executor;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.integration.ip.tcp.connection.TcpListener;
import org.springframework.integration.ip.tcp.connection.TcpNioConnection;
import org.springframework.integration.ip.tcp.serializer.SoftEndOfStreamException;
import org.springframework.integration.util.CompositeExecutor;
import org.springframework.messaging.Message;

/**
 * A plain-text NIO connection that frames the bytes on the thread that read them, straight from
 * the read buffer.
 * <p>
 * Spring Integration's NIO connection copies every read into a pipe and hands it to a second
 * thread, whose deserializer then takes the bytes out one at a time, each under a lock; for a bits
 * message, eight bytes per character, that was most of the server's time (a profile of the
 * end-to-end benchmark). Here the deserializer reads the buffer itself, messages go into the flow
 * on the reading thread, in the order they arrived, and no second thread is started. Everything
 * else (selection, writing, closing, events) is Spring Integration's.
 */
class FramingNioConnection extends TcpNioConnection {

	private static final Executor NO_ASSEMBLER = (task) -> {
	};

	private final ReadBuffer readBuffer = new ReadBuffer();

	private final @Nullable String connectionFactoryName;

	private final Seat seat;

	private boolean firstRead = true;

	FramingNioConnection(SocketChannel socketChannel, boolean server, boolean lookupHost,
			@Nullable ApplicationEventPublisher publisher, @Nullable String connectionFactoryName, Seat seat) {
		super(socketChannel, server, lookupHost, publisher, connectionFactoryName);
		this.connectionFactoryName = connectionFactoryName;
		this.seat = seat;
	}

	@Override
	public void close() {
		super.close();
		this.seat.release();
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
					return;
				}
				deliver(message);
			}
		}
		finally {
			this.readBuffer.reading(null);
			bytesRead.clear();
		}
	}

	/** The next message from the buffer; {@code null} when the rest is part of a frame, or the frame failed. */
	private @Nullable Message<?> nextMessage() {
		try {
			return getMapper().toMessage(this);
		}
		catch (UncheckedIOException | SoftEndOfStreamException ex) {
			// a frame the deserializer refused (already reported), or the end of the stream
			closeConnection(true);
			return null;
		}
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
	 * Whether the bytes start as a TLS record does: a content type from 20 to 23 (change cipher
	 * spec, alert, handshake, data), then major version 3. Neither bits nor UTF-8 text start so.
	 */
	private static boolean startsWithTlsRecord(ByteBuffer bytes) {
		if (bytes.remaining() < 2) {
			return false;
		}
		int type = bytes.get(bytes.position());
		return type >= 20 && type <= 23 && bytes.get(bytes.position() + 1) == 3;
	}

	/** The bytes of one read as a stream, without copying them. */
	private static final class ReadBuffer extends InputStream {

		private @Nullable ByteBuffer buffer;

		void reading(@Nullable ByteBuffer buffer) {
			this.buffer = buffer;
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
