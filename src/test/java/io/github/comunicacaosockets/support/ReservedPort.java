package io.github.comunicacaosockets.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * A loopback port where nothing listens, kept for a test until it closes: connections to
 * it are refused, no other program is given it meanwhile, and a server of the test may
 * still listen on it (both sockets allow the address to be reused, and only the server
 * listens). A port found free and released could be taken by another program before the
 * test's server starts.
 */
public final class ReservedPort implements AutoCloseable {

	private final Socket holder;

	private ReservedPort(Socket holder) {
		this.holder = holder;
	}

	public static ReservedPort onLoopback() {
		try {
			Socket holder = new Socket();
			holder.setReuseAddress(true);
			holder.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
			return new ReservedPort(holder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public int port() {
		return this.holder.getLocalPort();
	}

	@Override
	public void close() {
		try {
			this.holder.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
