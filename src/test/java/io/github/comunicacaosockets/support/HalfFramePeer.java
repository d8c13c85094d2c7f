package io.github.comunicacaosockets.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A peer process that connects, sends the first half of a frame and then waits, so that a
 * test can kill it in the middle of that frame. Prints its local port once the half frame
 * is sent.
 */
public final class HalfFramePeer {

	private HalfFramePeer() {
	}

	public static void main(String[] args) throws IOException, InterruptedException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(args[0]))) {
			OutputStream out = socket.getOutputStream();
			out.write("0100".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			System.out.println("half frame sent from port " + socket.getLocalPort());
			Thread.currentThread().join();
		}
	}

}
