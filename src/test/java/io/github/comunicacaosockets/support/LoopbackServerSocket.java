package io.github.comunicacaosockets.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * A plain server socket on a free loopback port, standing for any server a client meets.
 */
public final class LoopbackServerSocket {

	private LoopbackServerSocket() {
	}

	/**
	 * Listens on a free loopback port, with room for {@code backlog} waiting connections.
	 */
	public static ServerSocket listen(int backlog) {
		try {
			return new ServerSocket(0, backlog, InetAddress.getLoopbackAddress());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
