package io.github.comunicacaosockets.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.integration.ip.tcp.connection.AbstractServerConnectionFactory;

import io.github.comunicacaosockets.link.Connections;
import io.github.comunicacaosockets.support.RunningApp;

/**
 * How much heap the server needs to hold many idle connections, each of which has sent
 * the first byte of a line and stopped there (the costlier kind of idle: it has been read
 * from, and holds an unfinished line); {@code -Dbench.idle.silent=true} measures
 * connections that sent nothing. The server runs in this JVM (give it {@code -Xmx512m} to
 * prove the bound); the clients run in a second JVM, since both ends in one process would
 * need twice the file descriptors. Run with {@code ./mvnw -B -Pe2e -DskipTests verify}.
 */
public final class IdleConnectionsBenchmark {

	private IdleConnectionsBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int count = Integer.getInteger("bench.idle", 10_000);
		PrintStream out = System.out;
		System.setOut(new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8));
		boolean silent = Boolean.getBoolean("bench.idle.silent");
		try (RunningApp server = RunningApp.server(0, "--chat.max-connections=" + (count + 100),
				"--chat.max-connections-per-address=" + (count + 100), "--chat.frame-timeout=1h")) {
			int port = server.chatPort();
			AbstractServerConnectionFactory factory = server.bean(AbstractServerConnectionFactory.class);
			long before = usedHeapAfterGc();
			Process clients = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					"-cp", System.getProperty("java.class.path"), Clients.class.getName(), String.valueOf(port),
					String.valueOf(count), String.valueOf(silent))
				.inheritIO()
				.start();
			try {
				long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
				Connections connections = server.bean(Connections.class);
				while ((factory.getOpenConnectionIds().size() < count
						|| (!silent && connections.unfinishedLines() < count)) && System.nanoTime() < deadline) {
					Thread.sleep(100);
				}
				int open = factory.getOpenConnectionIds().size();
				long after = usedHeapAfterGc();
				MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
				out.printf("%nidle connections held: %,d of %,d, %s%n", open, count,
						silent ? "each silent" : "each with one byte of an unfinished line");
				out.printf(
						"heap used after GC: %,d MiB with them, %,d MiB before (%,d bytes per connection); max heap %,d MiB%n",
						after >> 20, before >> 20, (after - before) / Math.max(1, open), heap.getMax() >> 20);
				out.printf("threads: %d%n", ManagementFactory.getThreadMXBean().getThreadCount());
			}
			finally {
				clients.destroy();
			}
		}
		finally {
			System.setOut(out);
		}
		System.exit(0);
	}

	private static long usedHeapAfterGc() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	/**
	 * The client side: opens the connections and keeps them, silent, until it is stopped.
	 */
	public static final class Clients {

		private Clients() {
		}

		public static void main(String[] args) throws IOException, InterruptedException {
			int port = Integer.parseInt(args[0]);
			int count = Integer.parseInt(args[1]);
			boolean silent = Boolean.parseBoolean(args[2]);
			List<Socket> sockets = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
				if (!silent) {
					socket.getOutputStream().write('0');
				}
				sockets.add(socket);
			}
			Thread.currentThread().join();
		}

	}

}
