package io.github.comunicacaosockets.link;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.core.serializer.Serializer;
import org.springframework.integration.ip.tcp.connection.TcpConnectionSupport;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessagingException;
import org.springframework.util.Assert;

/**
 * What a connection has still to write, bounded so that a peer that does not read cannot
 * hold up whoever sends to it; one for plain text and TLS alike. A frame is encoded for
 * the wire ({@link Encoding}: as it is, or sealed in TLS records) and written at once, on
 * the sender's thread, as far as the socket takes it; what it does not take waits here
 * and is written by a thread of its own. A peer whose socket takes nothing for
 * {@code chat.send-timeout}, or that has more than {@code chat.send-buffer} bytes
 * waiting, is a slow reader: {@code onSlowReader} is told (and closes the connection),
 * and what was waiting is dropped.
 * <p>
 * An outbox made {@linkplain #notReadyYet not ready} (a TLS connection before its
 * handshake is done) keeps the frames it is given, within the same bound, and encodes and
 * writes them in order once it is {@linkplain #ready() ready}.
 * <p>
 * Spring Integration writes on the sender's thread and, without a socket timeout, waits
 * for room as long as it takes: one client that stopped reading froze the console for
 * good.
 */
final class Outbox {

	private final SocketChannel channel;

	private final Executor writer;

	private final Limits limits;

	private final Consumer<SlowReaderException> onSlowReader;

	private final Encoding encoding;

	private final ReentrantLock lock = new ReentrantLock();

	private final Deque<ByteBuffer> waiting = new ArrayDeque<>();

	private long waitingBytes;

	private boolean writing;

	private boolean failed;

	private boolean ready;

	private @Nullable Runnable whenWritten;

	private volatile long lastSend;

	private Outbox(SocketChannel channel, Executor writer, Limits limits, Consumer<SlowReaderException> onSlowReader,
			Encoding encoding, boolean ready) {
		this.channel = channel;
		this.writer = writer;
		this.limits = limits;
		this.onSlowReader = onSlowReader;
		this.encoding = encoding;
		this.ready = ready;
	}

	/** An outbox that writes frames as they are. */
	static Outbox plain(SocketChannel channel, Executor writer, Limits limits,
			Consumer<SlowReaderException> onSlowReader) {
		return new Outbox(channel, writer, limits, onSlowReader, (frame) -> frame, true);
	}

	/**
	 * An outbox that encodes frames as {@code encoding} does, and keeps them until it is
	 * told it is {@linkplain #ready() ready}.
	 */
	static Outbox notReadyYet(SocketChannel channel, Executor writer, Limits limits,
			Consumer<SlowReaderException> onSlowReader, Encoding encoding) {
		return new Outbox(channel, writer, limits, onSlowReader, encoding, false);
	}

	/**
	 * Frames a message as its connection's mapper and serializer do, and writes it as
	 * {@link #send(byte[])} does.
	 * @param onFailure told when the connection failed, before the exception is thrown
	 * @throws MessagingException if the message was not sent: its peer does not read (and
	 * was told as a slow reader), or the connection failed
	 */
	void send(Message<?> message, TcpConnectionSupport connection, Consumer<MessagingException> onFailure) {
		try {
			this.lastSend = System.currentTimeMillis();
			send(framed(connection, message));
		}
		catch (SlowReaderException ex) {
			throw new MessagingException(message, "Send failed: the peer does not read", ex);
		}
		catch (Exception ex) {
			MessagingException failed = new MessagingException(message, "Send failed", ex);
			onFailure.accept(failed);
			throw failed;
		}
	}

	@SuppressWarnings("unchecked")
	private static byte[] framed(TcpConnectionSupport connection, Message<?> message) throws IOException {
		Object payload = connection.getMapper().fromMessage(message);
		Assert.state(payload != null, () -> "The mapper returned null for " + message);
		ByteArrayOutputStream framed = new ByteArrayOutputStream();
		((Serializer<Object>) connection.getSerializer()).serialize(payload, framed);
		return framed.toByteArray();
	}

	/**
	 * Writes a frame, or as much of it as the socket takes now, leaving the rest to the
	 * writer.
	 * @throws SlowReaderException if the frame would take the bytes waiting past the
	 * bound
	 * @throws IOException if the socket fails
	 */
	void send(byte[] frame) throws IOException {
		SlowReaderException slow = null;
		this.lock.lock();
		try {
			if (this.failed) {
				throw new IOException("The connection is closing: its peer did not read");
			}
			ByteBuffer buffer = this.ready ? this.encoding.encode(ByteBuffer.wrap(frame)) : ByteBuffer.wrap(frame);
			if (!this.writing && this.ready) {
				this.channel.write(buffer);
				if (!buffer.hasRemaining()) {
					return;
				}
			}
			if (this.waitingBytes + buffer.remaining() > this.limits.maxWaitingBytes()) {
				slow = SlowReaderException.overTheBound(this.waitingBytes + buffer.remaining(),
						this.limits.maxWaitingBytes());
				dropWaiting();
			}
			else {
				this.waiting.add(buffer);
				this.waitingBytes += buffer.remaining();
				startWriting();
			}
		}
		finally {
			this.lock.unlock();
		}
		if (slow != null) {
			this.onSlowReader.accept(slow);
			throw slow;
		}
	}

	/**
	 * Encodes the frames kept so far, in the order they were given, and has them written;
	 * frames given from now on are encoded and written as they come.
	 * @throws IOException if a frame cannot be encoded
	 */
	void ready() throws IOException {
		this.lock.lock();
		try {
			if (this.ready) {
				return;
			}
			this.ready = true;
			this.waitingBytes = 0;
			for (int i = this.waiting.size(); i > 0; i--) {
				ByteBuffer encoded = this.encoding.encode(this.waiting.poll());
				this.waiting.add(encoded);
				this.waitingBytes += encoded.remaining();
			}
			startWriting();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Runs {@code close} once what waits has been written (such as the notice that tells
	 * the peer why it is closed), or at once when nothing is being written. A peer that
	 * does not read it is a slow reader after {@code chat.send-timeout}, as for any
	 * frame.
	 */
	void closeWhenWritten(Runnable close) {
		this.lock.lock();
		try {
			if (this.writing && !this.failed) {
				this.whenWritten = close;
				return;
			}
		}
		finally {
			this.lock.unlock();
		}
		close.run();
	}

	/** Called with the lock held. */
	private void startWriting() {
		if (!this.writing && this.ready && !this.waiting.isEmpty()) {
			this.writing = true;
			this.writer.execute(this::writeWaiting);
		}
	}

	/** When a message was last given to send, in milliseconds since the epoch. */
	long lastSend() {
		return this.lastSend;
	}

	/** How many bytes are waiting for the peer to read. */
	long waitingBytes() {
		this.lock.lock();
		try {
			return this.waitingBytes;
		}
		finally {
			this.lock.unlock();
		}
	}

	private void writeWaiting() {
		try (Selector selector = Selector.open()) {
			this.channel.register(selector, SelectionKey.OP_WRITE);
			ByteBuffer next;
			while ((next = nextWaiting()) != null) {
				writeWithin(next, selector);
			}
		}
		catch (SlowReaderException ex) {
			dropWaitingLocked();
			this.onSlowReader.accept(ex);
		}
		catch (IOException ex) {
			// the connection failed; Spring Integration reports and closes it as it reads
			dropWaitingLocked();
		}
		Runnable close = takeWhenWritten();
		if (close != null) {
			close.run();
		}
	}

	/** What to run now that the writer has finished, unless a new writer has started. */
	private @Nullable Runnable takeWhenWritten() {
		this.lock.lock();
		try {
			Runnable close = this.whenWritten;
			if (this.writing && !this.failed) {
				return null;
			}
			this.whenWritten = null;
			return close;
		}
		finally {
			this.lock.unlock();
		}
	}

	private void dropWaitingLocked() {
		this.lock.lock();
		try {
			dropWaiting();
		}
		finally {
			this.lock.unlock();
		}
	}

	private ByteBuffer nextWaiting() {
		this.lock.lock();
		try {
			ByteBuffer next = this.waiting.peek();
			if (next == null) {
				this.writing = false;
			}
			return next;
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Writes one waiting frame, failing if the socket takes nothing for the send timeout.
	 */
	private void writeWithin(ByteBuffer frame, Selector selector) throws IOException {
		long timeout = this.limits.sendTimeout().toNanos();
		long stalledSince = System.nanoTime();
		while (frame.hasRemaining()) {
			int written = this.channel.write(frame);
			if (written > 0) {
				stalledSince = System.nanoTime();
				taken(written);
			}
			else {
				long left = timeout - (System.nanoTime() - stalledSince);
				if (left <= 0) {
					throw SlowReaderException.stalled(waitingBytes(), this.limits.sendTimeout());
				}
				selector.select(Math.max(1, Duration.ofNanos(left).toMillis()));
				selector.selectedKeys().clear();
			}
		}
		this.lock.lock();
		try {
			this.waiting.poll();
		}
		finally {
			this.lock.unlock();
		}
	}

	private void taken(int written) {
		this.lock.lock();
		try {
			this.waitingBytes -= written;
		}
		finally {
			this.lock.unlock();
		}
	}

	/** Drops what is waiting; later sends fail. Called with the lock held. */
	private void dropWaiting() {
		this.failed = true;
		this.waiting.clear();
		this.waitingBytes = 0;
		this.writing = false;
	}

	/**
	 * What a frame becomes on the wire.
	 */
	@FunctionalInterface
	interface Encoding {

		/**
		 * The bytes to write for a frame, ready to be read.
		 * @throws IOException if the frame cannot be encoded
		 */
		ByteBuffer encode(ByteBuffer frame) throws IOException;

	}

	/**
	 * How long a peer may leave its socket full, and how many bytes may wait for it.
	 *
	 * @param sendTimeout {@code chat.send-timeout}
	 * @param maxWaitingBytes {@code chat.send-buffer}
	 */
	record Limits(Duration sendTimeout, long maxWaitingBytes) {
	}

}
