package io.github.comunicacaosockets.benchmark;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.github.comunicacaosockets.wire.BitCodec;

/**
 * The baseline: a thread per connection reading lines from a buffered stream, decoding
 * the bits and the UTF-8, and, for the round trips, writing each one back.
 */
final class PlainSocketServer extends CountingServer {

	/** The baseline's name, which the table compares every other server with. */
	static final String NAME = "plain sockets";

	private final ServerSocket serverSocket;

	private final ExecutorService threads = Executors.newCachedThreadPool();

	private final boolean echo;

	PlainSocketServer(boolean echo) throws IOException {
		this.echo = echo;
		this.serverSocket = new ServerSocket(0, 128, InetAddress.getLoopbackAddress());
		this.threads.execute(this::accept);
	}

	@Override
	public String name() {
		return NAME;
	}

	private void accept() {
		while (!this.serverSocket.isClosed()) {
			try {
				Socket socket = this.serverSocket.accept();
				socket.setTcpNoDelay(true);
				this.threads.execute(() -> serve(socket));
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void serve(Socket socket) {
		try (socket) {
			InputStream in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
			OutputStream out = socket.getOutputStream();
			byte[] buffer = new byte[64 * 1024];
			while (true) {
				int length = 0;
				int next;
				while ((next = in.read()) != '\n') {
					if (next < 0) {
						return;
					}
					buffer[length++] = (byte) next;
				}
				String text = new String(BitCodec.decode(Arrays.copyOf(buffer, length)), StandardCharsets.UTF_8);
				decoded();
				if (this.echo) {
					out.write(BitCodec.encode(text.getBytes(StandardCharsets.UTF_8)));
					out.write('\n');
					out.flush();
				}
			}
		}
		catch (IOException ex) {
			// the client left
		}
	}

	@Override
	public int port() {
		return this.serverSocket.getLocalPort();
	}

	@Override
	public void close() throws IOException {
		this.serverSocket.close();
		this.threads.shutdownNow();
	}

}
