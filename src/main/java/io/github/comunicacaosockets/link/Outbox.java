package io.github.comunicacaosockets.link;

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

/**
 * What a connection has still to write, bounded so that a peer that does not read cannot
 * hold up whoever sends to it. A frame is written at once, on the sender's thread, as far
 * as the socket takes it; what it does not take waits here and is written by a thread of
 * its own. A peer whose socket takes nothing for {@code chat.send-timeout}, or that has
 * more than {@code chat.send-buffer} bytes waiting, is a slow reader:
 * {@code onSlowReader} is told (and closes the connection), and what was waiting is
 * dropped.
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

	private final ReentrantLock lock = new ReentrantLock();

	private final Deque<ByteBuffer> waiting = new ArrayDeque<>();

	private long waitingBytes;

	private boolean writing;

	private boolean failed;

	Outbox(SocketChannel channel, Executor writer, Limits limits, Consumer<SlowReaderException> onSlowReader) {
		this.channel = channel;
		this.writer = writer;
		this.limits = limits;
		this.onSlowReader = onSlowReader;
	}

	/**
	 * Writes a frame, or as much of it as the socket takes now, leaving the rest to the
	 * writer.
	 * @throws SlowReaderException if the frame would take the bytes waiting past the
	 * bound
	 * @throws IOException if the socket fails
	 */
	void send(byte[] frame) throws IOException {
		ByteBuffer buffer = ByteBuffer.wrap(frame);
		SlowReaderException slow = null;
		this.lock.lock();
		try {
			if (this.failed) {
				throw new IOException("The connection is closing: its peer did not read");
			}
			if (!this.writing) {
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
				if (!this.writing) {
					this.writing = true;
					this.writer.execute(this::writeWaiting);
				}
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
	 * How long a peer may leave its socket full, and how many bytes may wait for it.
	 *
	 * @param sendTimeout {@code chat.send-timeout}
	 * @param maxWaitingBytes {@code chat.send-buffer}
	 */
	record Limits(Duration sendTimeout, long maxWaitingBytes) {
	}

}
