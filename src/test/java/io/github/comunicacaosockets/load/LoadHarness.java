package io.github.comunicacaosockets.load;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.awaitility.core.ConditionTimeoutException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationListener;

import io.github.comunicacaosockets.chat.MessageReceived;
import io.github.comunicacaosockets.support.RunningApp;
import io.github.comunicacaosockets.support.Spread;
import io.github.comunicacaosockets.wire.BitCodec;

import static org.awaitility.Awaitility.await;

/**
 * Starts a headless server in this JVM, has {@code clients} socket clients (plain, or
 * TLS) each send {@code messages} numbered messages as fast as they can, and checks that
 * the server delivered every message exactly once and, per client, in order, and that
 * {@code chat.messages.received} agrees.
 * <p>
 * Run it with {@code ./mvnw -B -Pload -DskipTests verify} (defaults: 100 clients x 1,000
 * messages), or choose the size: {@code -Dload.clients=200 -Dload.messages=5000}. The
 * server's console output is discarded, so that the terminal does not set the pace.
 */
public final class LoadHarness {

	private static final Pattern NUMBERED = Pattern.compile("c(\\d+) m(\\d+)");

	private LoadHarness() {
	}

	public static void main(String[] args) throws Exception {
		int clients = Integer.parseInt(System.getProperty("load.clients", "100"));
		int messages = Integer.parseInt(System.getProperty("load.messages", "1000"));
		int pages = Integer.parseInt(System.getProperty("load.pages", "0"));
		if (pages > 0) {
			System.exit(compareWithPages(clients, messages, pages) ? 0 : 1);
		}
		LoadReport report = run(clients, messages, Duration.ofMinutes(10));
		System.out.println(report);
		System.exit(report.lossless() ? 0 : 1);
	}

	/**
	 * The same load with no page open and with {@code pages} classroom pages open (one of
	 * which never reads), side by side in this run: three rounds, each load on a server
	 * of its own, then the median rate of each and its spread.
	 * @return whether every load was lossless
	 */
	private static boolean compareWithPages(int clients, int messages, int pages) throws Exception {
		List<Double> without = new ArrayList<>();
		List<Double> with = new ArrayList<>();
		boolean lossless = true;
		for (int round = 1; round <= 3; round++) {
			LoadReport alone = run(clients, messages, Duration.ofMinutes(10), LoadHarness::plainSocket, 0);
			LoadReport watched = run(clients, messages, Duration.ofMinutes(10), LoadHarness::plainSocket, pages);
			System.out.println("round " + round + ", no page:  " + alone);
			System.out.println("round " + round + ", " + pages + " pages: " + watched);
			without.add(alone.rate());
			with.add(watched.rate());
			lossless &= alone.lossless() && watched.lossless();
		}
		Spread alone = Spread.of(without);
		Spread watched = Spread.of(with);
		System.out.printf(
				"messages/s, median of 3 (spread): no page %.0f (%.0f to %.0f); %d pages %.0f (%.0f to %.0f);"
						+ " ratio %.2f%n",
				alone.median(), alone.min(), alone.max(), pages, watched.median(), watched.min(), watched.max(),
				watched.median() / alone.median());
		return lossless;
	}

	/**
	 * Runs one load and reports what arrived. The server's console output is discarded
	 * while it runs.
	 * @param clients how many clients connect at once
	 * @param messages how many messages each one sends
	 * @param patience how long to wait for everything to arrive
	 */
	public static LoadReport run(int clients, int messages, Duration patience) throws Exception {
		return run(clients, messages, patience, LoadHarness::plainSocket);
	}

	/**
	 * Runs one load with clients that connect as {@code connect} does, to a server
	 * started with {@code serverSettings} as well (such as TLS settings that match the
	 * clients').
	 */
	public static LoadReport run(int clients, int messages, Duration patience, ClientSocket connect,
			String... serverSettings) throws Exception {
		return run(clients, messages, patience, connect, 0, serverSettings);
	}

	/**
	 * Runs one load with {@code pages} classroom pages open on the server, one of which
	 * never reads (none when 0).
	 */
	public static LoadReport run(int clients, int messages, Duration patience, ClientSocket connect, int pages,
			String... serverSettings) throws Exception {
		Deliveries deliveries = new Deliveries(clients, messages);
		PrintStream console = System.out;
		System.setOut(new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8));
		List<String> settings = new ArrayList<>(List.of(serverSettings));
		settings.add("--chat.max-connections=" + Math.max(100, clients));
		settings.add("--chat.max-connections-per-address=" + Math.max(100, clients));
		try (RunningApp server = RunningApp.server(0, settings.toArray(String[]::new))) {
			server.listen(deliveries);
			int port = server.chatPort();
			OpenPages open = (pages > 0) ? OpenPages.open(server.actuator().port(), pages) : null;
			long start = System.nanoTime();
			send(port, clients, messages, connect);
			boolean complete = deliveries.await(patience);
			long nanos = System.nanoTime() - start;
			OpenPages.Seen seen = null;
			if (open != null) {
				seen = open.seen();
				open.close();
			}
			Counter received = server.bean(MeterRegistry.class).counter("chat.messages.received");
			long expected = (long) clients * messages;
			try {
				await().atMost(Duration.ofSeconds(10)).until(() -> received.count() >= expected);
			}
			catch (ConditionTimeoutException ex) {
				// reported below as counted < sent
			}
			double counted = received.count();
			return new LoadReport(clients, messages, nanos, deliveries.received.get(), (long) counted,
					deliveries.duplicates.get(), deliveries.outOfOrder.get(), complete, seen);
		}
		finally {
			System.setOut(console);
		}
	}

	/** How a client of the load opens its connection to the chat port. */
	@FunctionalInterface
	public interface ClientSocket {

		Socket connect(int port) throws IOException;

	}

	private static Socket plainSocket(int port) throws IOException {
		return new Socket(InetAddress.getLoopbackAddress(), port);
	}

	private static void send(int port, int clients, int messages, ClientSocket connect) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			CountDownLatch connected = new CountDownLatch(clients);
			List<Future<?>> senders = new ArrayList<>();
			for (int client = 0; client < clients; client++) {
				int id = client;
				senders.add(pool.submit(() -> {
					try (Socket socket = connect.connect(port)) {
						connected.countDown();
						connected.await();
						OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
						for (int message = 0; message < messages; message++) {
							out.write(BitCodec.encode(("c" + id + " m" + message).getBytes(StandardCharsets.UTF_8)));
							out.write('\n');
						}
						out.flush();
						socket.shutdownOutput();
						awaitClose(socket);
					}
					return null;
				}));
			}
			for (Future<?> sender : senders) {
				sender.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** Waits until the server closes its side, as it does once it has read everything. */
	private static void awaitClose(Socket socket) {
		try {
			socket.getInputStream().read();
		}
		catch (IOException ex) {
			// closed (a TLS socket may report its close as an error)
		}
	}

	/**
	 * Keeps, per client, which messages the server delivered and the highest so far, from
	 * its own events.
	 */
	private static final class Deliveries implements ApplicationListener<MessageReceived> {

		private final Map<Integer, BitSet> seen = new ConcurrentHashMap<>();

		private final Map<Integer, Integer> highest = new ConcurrentHashMap<>();

		private final CountDownLatch all;

		private final AtomicLong received = new AtomicLong();

		private final AtomicLong duplicates = new AtomicLong();

		private final AtomicLong outOfOrder = new AtomicLong();

		Deliveries(int clients, int messages) {
			this.all = new CountDownLatch(Math.multiplyExact(clients, messages));
		}

		@Override
		public void onApplicationEvent(MessageReceived event) {
			Matcher numbered = NUMBERED.matcher(event.message().text());
			if (!numbered.matches()) {
				return;
			}
			int client = Integer.parseInt(numbered.group(1));
			int message = Integer.parseInt(numbered.group(2));
			BitSet seenFromClient = this.seen.computeIfAbsent(client, (key) -> new BitSet());
			synchronized (seenFromClient) {
				if (seenFromClient.get(message)) {
					this.duplicates.incrementAndGet();
					return;
				}
				seenFromClient.set(message);
				if (message < this.highest.getOrDefault(client, -1)) {
					this.outOfOrder.incrementAndGet();
				}
				this.highest.merge(client, message, Math::max);
			}
			this.received.incrementAndGet();
			this.all.countDown();
		}

		boolean await(Duration patience) throws InterruptedException {
			return this.all.await(patience.toMillis(), TimeUnit.MILLISECONDS);
		}

	}

	/**
	 * What one load run delivered.
	 *
	 * @param clients clients connected at once
	 * @param messagesPerClient messages each one sent
	 * @param nanos from the first connect until the last message was delivered
	 * @param delivered distinct messages the server delivered
	 * @param counted the server's {@code chat.messages.received}
	 * @param duplicates messages delivered again
	 * @param outOfOrder messages delivered ahead of an earlier one from the same client
	 * @param complete whether every message arrived in time
	 * @param pages what the classroom pages open during the load saw, if any were
	 */
	public record LoadReport(int clients, int messagesPerClient, long nanos, long delivered, long counted,
			long duplicates, long outOfOrder, boolean complete, OpenPages.@Nullable Seen pages) {

		/** Messages delivered per second. */
		public double rate() {
			return this.delivered / (this.nanos / 1e9);
		}

		public long sent() {
			return (long) this.clients * this.messagesPerClient;
		}

		public long lost() {
			return sent() - this.delivered;
		}

		public boolean lossless() {
			return this.complete && lost() == 0 && this.duplicates == 0 && this.outOfOrder == 0
					&& this.counted == sent();
		}

		@Override
		public String toString() {
			double seconds = this.nanos / 1e9;
			return String.format(
					"load: %d clients x %d messages = %d sent, %d delivered, chat.messages.received = %d, lost = %d, "
							+ "duplicated = %d, out of order = %d, %.2f s, %.0f messages/s%s",
					this.clients, this.messagesPerClient, sent(), this.delivered, this.counted, lost(), this.duplicates,
					this.outOfOrder, seconds, this.delivered / seconds, this.complete ? "" : " (gave up waiting)")
					+ ((this.pages != null) ? "; " + this.pages : "");
		}

	}

}
