package io.github.comunicacaosockets.benchmark;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.github.comunicacaosockets.chat.MessageReceived;
import io.github.comunicacaosockets.support.RunningApp;
import io.github.comunicacaosockets.wire.BitCodec;

/**
 * The whole server against a plain Java socket server doing the same work, side by side
 * in one run.
 * <ul>
 * <li>One way: 1, 8 and 64 connections each send 100-character texts as bit lines as fast
 * as they can; messages per second until the server has handed the last one to its
 * handler.</li>
 * <li>Round trip: one connection sends a line and waits for it to come back
 * ({@code chat.echo} on our side); p50 and p99.</li>
 * </ul>
 * The baseline reads lines with a buffered stream on a thread per connection, decodes
 * them with the same {@link BitCodec} and UTF-8, and counts them (or writes them back).
 * Our server runs headless with its console discarded. Run with
 * {@code ./mvnw -B -Pe2e -DskipTests verify}.
 */
public final class EndToEndBenchmark {

	private static final int TEXT_LENGTH = 100;

	private static final int[] CONNECTIONS = { 1, 8, 64 };

	private EndToEndBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		long messages = Long.getLong("bench.messages", 200_000);
		int roundTrips = Integer.getInteger("bench.roundtrips", 20_000);
		byte[] line = bitLine(TEXT_LENGTH);
		PrintStream out = System.out;
		System.setOut(new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8));
		List<String> rows = new ArrayList<>();
		try (OurServer ours = new OurServer(false); PlainServer plain = new PlainServer(false)) {
			for (int connections : CONNECTIONS) {
				long perConnection = messages / connections;
				oneWay(plain, connections, perConnection / 4, line);
				oneWay(ours, connections, perConnection / 4, line);
				double plainRate = oneWay(plain, connections, perConnection, line);
				double ourRate = oneWay(ours, connections, perConnection, line);
				rows.add(String.format("| one way, %d connection%s | %,.0f msgs/s | %,.0f msgs/s | %.2f |", connections,
						(connections == 1) ? "" : "s", ourRate, plainRate, ourRate / plainRate));
			}
		}
		try (OurServer ours = new OurServer(true); PlainServer plain = new PlainServer(true)) {
			roundTrips(plain, roundTrips / 4, line);
			roundTrips(ours, roundTrips / 4, line);
			long[] plainTimes = roundTrips(plain, roundTrips, line);
			long[] ourTimes = roundTrips(ours, roundTrips, line);
			for (double quantile : new double[] { 0.50, 0.99 }) {
				long ourMicros = percentile(ourTimes, quantile);
				long plainMicros = percentile(plainTimes, quantile);
				rows.add(String.format("| round trip p%.0f, 1 connection | %d us | %d us | %.2f |", quantile * 100,
						ourMicros, plainMicros, (double) ourMicros / plainMicros));
			}
		}
		finally {
			System.setOut(out);
		}
		System.out.printf(
				"%n%d-character texts (%d bytes on the wire), %,d messages per one-way run, %,d round trips%n%n",
				TEXT_LENGTH, line.length, messages, roundTrips);
		System.out.println("| measurement | comunicacao-sockets | plain sockets | ratio |");
		System.out.println("|---|---|---|---|");
		rows.forEach(System.out::println);
		System.exit(0);
	}

	/** A text of {@code length} letters, as the bits line a client sends. */
	private static byte[] bitLine(int length) {
		byte[] text = new byte[length];
		Random random = new Random(7);
		for (int i = 0; i < length; i++) {
			text[i] = (byte) ('a' + random.nextInt(26));
		}
		byte[] bits = BitCodec.encode(text);
		byte[] line = Arrays.copyOf(bits, bits.length + 1);
		line[bits.length] = '\n';
		return line;
	}

	private static double oneWay(Server server, int connections, long perConnection, byte[] line) throws Exception {
		CountDownLatch delivered = server.expect(connections * perConnection);
		ExecutorService clients = Executors.newFixedThreadPool(connections);
		try {
			long start = System.nanoTime();
			List<Future<?>> sending = new ArrayList<>();
			for (int i = 0; i < connections; i++) {
				sending.add(clients.submit(() -> {
					try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
						socket.setTcpNoDelay(true);
						OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
						for (long m = 0; m < perConnection; m++) {
							out.write(line);
						}
						out.flush();
						delivered.await();
					}
					return null;
				}));
			}
			for (Future<?> client : sending) {
				client.get();
			}
			return connections * perConnection / ((System.nanoTime() - start) / 1e9);
		}
		finally {
			clients.shutdownNow();
		}
	}

	private static long[] roundTrips(Server server, int count, byte[] line) throws IOException {
		long[] micros = new long[count];
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
			socket.setTcpNoDelay(true);
			OutputStream out = socket.getOutputStream();
			InputStream in = new BufferedInputStream(socket.getInputStream());
			for (int i = 0; i < count; i++) {
				long start = System.nanoTime();
				out.write(line);
				out.flush();
				for (int b = in.read(); b != '\n'; b = in.read()) {
					if (b < 0) {
						throw new IOException("server closed the connection");
					}
				}
				micros[i] = (System.nanoTime() - start) / 1000;
			}
		}
		return micros;
	}

	private static long percentile(long[] values, double quantile) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
	}

	/** A server the clients can talk to, counting what its handler receives. */
	private interface Server extends AutoCloseable {

		int port();

		/**
		 * A latch that opens once {@code messages} more messages have reached the
		 * handler.
		 */
		CountDownLatch expect(long messages);

	}

	/** Counts handled messages down on the latch of the current run. */
	private static final class Handled {

		private final AtomicReference<CountDownLatch> latch = new AtomicReference<>(new CountDownLatch(0));

		CountDownLatch expect(long messages) {
			CountDownLatch next = new CountDownLatch(Math.toIntExact(messages));
			this.latch.set(next);
			return next;
		}

		void one() {
			this.latch.get().countDown();
		}

	}

	/** comunicacao-sockets, headless, with {@code chat.echo} on for the round trips. */
	private static final class OurServer implements Server {

		private final Handled handled = new Handled();

		private final RunningApp app;

		private final int port;

		OurServer(boolean echo) {
			this.app = RunningApp.server(0, "--chat.echo=" + echo, "--chat.max-connections=1000",
					"--chat.max-connections-per-address=1000");
			this.app.listen((MessageReceived event) -> this.handled.one());
			this.port = this.app.chatPort();
		}

		@Override
		public int port() {
			return this.port;
		}

		@Override
		public CountDownLatch expect(long messages) {
			return this.handled.expect(messages);
		}

		@Override
		public void close() {
			this.app.close();
		}

	}

	/**
	 * The baseline: a thread per connection reading lines from a buffered stream,
	 * decoding the bits and the UTF-8, and, for the round trips, writing each one back.
	 */
	private static final class PlainServer implements Server {

		private final Handled handled = new Handled();

		private final ServerSocket serverSocket;

		private final ExecutorService threads = Executors.newCachedThreadPool();

		private final boolean echo;

		PlainServer(boolean echo) throws IOException {
			this.echo = echo;
			this.serverSocket = new ServerSocket(0, 128, InetAddress.getLoopbackAddress());
			this.threads.execute(this::accept);
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
					this.handled.one();
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
		public CountDownLatch expect(long messages) {
			return this.handled.expect(messages);
		}

		@Override
		public void close() throws IOException {
			this.serverSocket.close();
			this.threads.shutdownNow();
		}

	}

}
