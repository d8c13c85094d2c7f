package io.github.comunicacaosockets.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A relay between a client and the chat port that keeps a copy of every byte passing
 * through, in each direction: what an eavesdropper on the link would see. Point the
 * client at {@link #port()}.
 */
public final class WireTap implements AutoCloseable {

	private final ServerSocket listener;

	private final int target;

	private final ByteArrayOutputStream toServer = new ByteArrayOutputStream();

	private final ByteArrayOutputStream toClient = new ByteArrayOutputStream();

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private WireTap(int target) throws IOException {
		this.target = target;
		this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		start("wire-tap-accept", this::accept);
	}

	/**
	 * Starts relaying connections made to a port of its own to {@code target} on
	 * loopback.
	 */
	public static WireTap to(int target) {
		try {
			return new WireTap(target);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public int port() {
		return this.listener.getLocalPort();
	}

	/** Every byte the clients sent towards the server so far. */
	public byte[] sentToServer() {
		synchronized (this.toServer) {
			return this.toServer.toByteArray();
		}
	}

	/** Every byte the server sent towards the clients so far. */
	public byte[] sentToClients() {
		synchronized (this.toClient) {
			return this.toClient.toByteArray();
		}
	}

	private void accept() {
		try {
			while (true) {
				Socket client = this.listener.accept();
				Socket server = new Socket(InetAddress.getLoopbackAddress(), this.target);
				this.sockets.add(client);
				this.sockets.add(server);
				start("wire-tap-to-server", () -> pump(client, server, this.toServer));
				start("wire-tap-to-client", () -> pump(server, client, this.toClient));
			}
		}
		catch (IOException ex) {
			// closed
		}
	}

	private static void pump(Socket from, Socket to, ByteArrayOutputStream copy) {
		byte[] buffer = new byte[8192];
		try {
			InputStream in = from.getInputStream();
			OutputStream out = to.getOutputStream();
			int read;
			while ((read = in.read(buffer)) >= 0) {
				synchronized (copy) {
					copy.write(buffer, 0, read);
				}
				out.write(buffer, 0, read);
				out.flush();
			}
			to.shutdownOutput();
		}
		catch (IOException ex) {
			closeQuietly(to);
		}
	}

	private static void start(String name, Runnable task) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// already closed
		}
	}

	@Override
	public void close() {
		try {
			this.listener.close();
		}
		catch (IOException ex) {
			// already closed
		}
		this.sockets.forEach(WireTap::closeQuietly);
	}

}
