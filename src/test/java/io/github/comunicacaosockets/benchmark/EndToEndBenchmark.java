package io.github.comunicacaosockets.benchmark;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.github.comunicacaosockets.support.Spread;
import io.github.comunicacaosockets.wire.BitCodec;

/**
 * The whole server beside a plain Java socket server, Spring Integration's stock NIO
 * server and a Netty line server, all doing the same work for the same clients in one
 * run.
 * <ul>
 * <li>One way: 1, 8 and 64 connections each send 100-character texts as bit lines as fast
 * as they can; messages per second until the server has decoded the last one.</li>
 * <li>Round trip: one connection sends a line and waits for it to come back
 * ({@code chat.echo} on our side); p50 and p99.</li>
 * </ul>
 * Each round starts every server afresh and measures them one after the other; a figure
 * is the median of the rounds ({@code -Dbench.rounds}, default 3), with the range, and
 * each server's figure is compared with the plain server's of the same round. Our server
 * runs headless with its console discarded. Run with
 * {@code ./mvnw -B -Pe2e -DskipTests verify}; {@code -Dbench.peers=false} leaves out
 * stock Spring Integration and Netty, for a quicker look at a change of ours.
 */
public final class EndToEndBenchmark {

	private static final int TEXT_LENGTH = 100;

	private static final int[] CONNECTIONS = { 1, 8, 64 };

	private static final List<BenchmarkServer.Kind> SERVERS = servers();

	private EndToEndBenchmark() {
	}

	private static List<BenchmarkServer.Kind> servers() {
		List<BenchmarkServer.Kind> servers = new ArrayList<>();
		servers.add(PlainSocketServer::new);
		servers.add(OurServer::new);
		if (Boolean.parseBoolean(System.getProperty("bench.peers", "true"))) {
			servers.add(StockIntegrationServer::new);
			servers.add(NettyLineServer::new);
		}
		return servers;
	}

	public static void main(String[] args) throws Exception {
		long messages = Long.getLong("bench.messages", 200_000);
		int roundTrips = Integer.getInteger("bench.roundtrips", 20_000);
		int rounds = Integer.getInteger("bench.rounds", 3);
		byte[] line = bitLine(TEXT_LENGTH);
		PrintStream out = System.out;
		System.setOut(new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8));
		Results results = new Results();
		try {
			for (int round = 1; round <= rounds; round++) {
				out.printf("round %d of %d%n", round, rounds);
				oneWayRound(messages, line, results, out);
				roundTripRound(roundTrips, line, results, out);
			}
		}
		finally {
			System.setOut(out);
		}
		System.out.printf("%n%d-character texts (%d bytes on the wire), %,d messages per one-way run, %,d round trips, "
				+ "median of %d rounds (range); each server also as a ratio of plain sockets in the same round%n%n",
				TEXT_LENGTH, line.length, messages, roundTrips, rounds);
		results.print(System.out);
		System.exit(0);
	}

	private static void oneWayRound(long messages, byte[] line, Results results, PrintStream progress)
			throws Exception {
		List<BenchmarkServer> servers = start(false);
		try {
			for (int connections : CONNECTIONS) {
				long perConnection = messages / connections;
				String measurement = String.format("one way, %d connection%s", connections,
						(connections == 1) ? "" : "s");
				for (BenchmarkServer server : servers) {
					oneWay(server, connections, perConnection / 4, line);
				}
				for (BenchmarkServer server : servers) {
					double rate = oneWay(server, connections, perConnection, line);
					progress.printf("  %s, %s: %,.0f msgs/s%n", measurement, server.name(), rate);
					results.add(measurement, server.name(), rate);
				}
			}
		}
		finally {
			close(servers);
		}
	}

	private static void roundTripRound(int count, byte[] line, Results results, PrintStream progress) throws Exception {
		List<BenchmarkServer> servers = start(true);
		try {
			for (BenchmarkServer server : servers) {
				roundTrips(server, count / 4, line);
			}
			for (BenchmarkServer server : servers) {
				long[] micros = roundTrips(server, count, line);
				progress.printf("  round trip, %s: p50 %d us, p99 %d us%n", server.name(), percentile(micros, 0.50),
						percentile(micros, 0.99));
				results.add("round trip p50, 1 connection", server.name(), percentile(micros, 0.50));
				results.add("round trip p99, 1 connection", server.name(), percentile(micros, 0.99));
			}
		}
		finally {
			close(servers);
		}
	}

	private static List<BenchmarkServer> start(boolean echo) throws Exception {
		List<BenchmarkServer> servers = new ArrayList<>();
		for (BenchmarkServer.Kind kind : SERVERS) {
			servers.add(kind.start(echo));
		}
		return servers;
	}

	private static void close(List<BenchmarkServer> servers) throws Exception {
		for (BenchmarkServer server : servers) {
			server.close();
		}
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

	private static double oneWay(BenchmarkServer server, int connections, long perConnection, byte[] line)
			throws Exception {
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
						if (!delivered.await(1, TimeUnit.MINUTES)) {
							throw new IllegalStateException(server.name() + " decoded "
									+ (connections * perConnection - delivered.getCount()) + " of "
									+ connections * perConnection + " messages from " + connections + " connections");
						}
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

	private static long[] roundTrips(BenchmarkServer server, int count, byte[] line) throws IOException {
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

	/** Every server's figure of every round, by measurement, and the table they make. */
	private static final class Results {

		private static final String BASELINE = PlainSocketServer.NAME;

		private final Map<String, Map<String, List<Double>>> figures = new LinkedHashMap<>();

		void add(String measurement, String server, double figure) {
			this.figures.computeIfAbsent(measurement, (key) -> new LinkedHashMap<>())
				.computeIfAbsent(server, (key) -> new ArrayList<>())
				.add(figure);
		}

		void print(PrintStream out) {
			Set<String> servers = this.figures.values().iterator().next().keySet();
			out.println("| measurement | " + String.join(" | ", servers) + " |");
			out.println("|---" + "|---".repeat(servers.size()) + "|");
			this.figures.forEach((measurement, byServer) -> {
				String unit = measurement.startsWith("one way") ? " msgs/s" : " us";
				List<Double> baseline = byServer.get(BASELINE);
				StringBuilder row = new StringBuilder("| ").append(measurement);
				byServer.forEach((server, figures) -> {
					row.append(" | ").append(Spread.of(figures).format("%,.0f")).append(unit);
					if (!server.equals(BASELINE)) {
						List<Double> ratios = new ArrayList<>();
						for (int i = 0; i < figures.size(); i++) {
							ratios.add(figures.get(i) / baseline.get(i));
						}
						row.append(", ").append(Spread.of(ratios).format("%.2f")).append('x');
					}
				});
				out.println(row.append(" |"));
			});
		}

	}

}
