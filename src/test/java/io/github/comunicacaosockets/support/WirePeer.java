package io.github.comunicacaosockets.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import io.github.comunicacaosockets.wire.BitCodec;

/**
 * A peer made of nothing but a {@link Socket}, as a student's nc or the original Python
 * script would be. Reads wait at most {@link #TIMEOUT}, so a missing answer fails the
 * test instead of hanging it.
 */
public final class WirePeer implements AutoCloseable {

	public static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final Socket socket;

	private final InputStream in;

	private final OutputStream out;

	private WirePeer(Socket socket) throws IOException {
		this.socket = socket;
		this.socket.setSoTimeout((int) TIMEOUT.toMillis());
		this.in = new BufferedInputStream(socket.getInputStream());
		this.out = socket.getOutputStream();
	}

	public static WirePeer connect(int port) {
		try {
			return new WirePeer(new Socket(InetAddress.getLoopbackAddress(), port));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A peer whose socket takes in at most about {@code bytes} before the sender must
	 * wait: one that does not read fills up quickly.
	 */
	public static WirePeer connectWithReceiveBuffer(int port, int bytes) {
		try {
			Socket socket = new Socket();
			socket.setReceiveBufferSize(bytes);
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
			return new WirePeer(socket);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A peer connecting from another loopback address, such as {@code 127.0.0.2}. */
	public static WirePeer connectFrom(String localAddress, int port) {
		try {
			return new WirePeer(
					new Socket(InetAddress.getLoopbackAddress(), port, InetAddress.getByName(localAddress), 0));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The local port, which the server shows as this peer's address. */
	public int localPort() {
		return this.socket.getLocalPort();
	}

	public WirePeer send(String text) {
		return send(text.getBytes(StandardCharsets.UTF_8));
	}

	public WirePeer send(byte[] bytes) {
		try {
			this.out.write(bytes);
			this.out.flush();
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Sends a message the way the default wire carries it: its UTF-8 bits, then a line
	 * end.
	 */
	public WirePeer sendBits(String text) {
		return send(
				new String(BitCodec.encode(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.US_ASCII) + "\n");
	}

	/** Reads a line of bits and returns the text they carry. */
	public String readBits() {
		return new String(BitCodec.decode(readLine().getBytes(StandardCharsets.US_ASCII)), StandardCharsets.UTF_8);
	}

	/** Reads up to the next LF, which is not returned. */
	public String readLine() {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		try {
			int next;
			while ((next = this.in.read()) != '\n') {
				if (next < 0) {
					throw new IllegalStateException("Connection closed after " + line.size() + " bytes of a line");
				}
				line.write(next);
			}
			return line.toString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Reads exactly {@code count} bytes. */
	public byte[] readBytes(int count) {
		try {
			byte[] bytes = this.in.readNBytes(count);
			if (bytes.length < count) {
				throw new IllegalStateException("Connection closed after " + bytes.length + " of " + count + " bytes");
			}
			return bytes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Whether the other side closes the connection (FIN or reset) before
	 * {@link #TIMEOUT}.
	 */
	public boolean closedByServer() {
		return awaitEnd(OutputStream.nullOutputStream()) != End.STILL_OPEN;
	}

	/**
	 * Whether the other side closes the connection with a FIN, not a reset, before
	 * {@link #TIMEOUT}.
	 */
	public boolean closedCleanlyByServer() {
		return awaitEnd(OutputStream.nullOutputStream()) == End.FIN;
	}

	/**
	 * Everything the other side sends until it closes the connection (FIN or reset).
	 * @throws IllegalStateException if it is still open after {@link #TIMEOUT}
	 */
	public byte[] readUntilClosed() {
		ByteArrayOutputStream received = new ByteArrayOutputStream();
		if (awaitEnd(received) == End.STILL_OPEN) {
			throw new IllegalStateException(
					"Still open after " + TIMEOUT + ", having sent " + received.size() + " bytes");
		}
		return received.toByteArray();
	}

	/**
	 * Reads whatever is still on its way into {@code sink} and tells how the connection
	 * ended, if it did.
	 */
	private End awaitEnd(OutputStream sink) {
		try {
			byte[] buffer = new byte[8192];
			int read;
			while ((read = this.in.read(buffer)) >= 0) {
				sink.write(buffer, 0, read);
			}
			return End.FIN;
		}
		catch (SocketTimeoutException ex) {
			return End.STILL_OPEN;
		}
		catch (IOException ex) {
			return End.RESET;
		}
	}

	private enum End {

		FIN, RESET, STILL_OPEN

	}

	/** Sends a FIN but keeps reading: the connection is half-closed. */
	public void shutdownOutput() {
		try {
			this.socket.shutdownOutput();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Sends a TCP RST instead of a FIN, like a process that dies. */
	public void abort() {
		try {
			this.socket.setSoLinger(true, 0);
			this.socket.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.socket.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public String toString() {
		return "WirePeer" + Arrays.asList(this.socket.getLocalPort(), this.socket.getPort());
	}

}
