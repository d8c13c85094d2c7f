package io.github.comunicacaosockets.support;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;

/**
 * What the threads of this JVM, where a {@link ServerTest}'s server runs, are doing.
 */
public final class ServerThreads {

	private ServerThreads() {
	}

	/** How many threads are alive. */
	public static int count() {
		return ManagementFactory.getThreadMXBean().getThreadCount();
	}

	/**
	 * Names of the threads that wait on a peer: inside one of our deserializers (which
	 * must return as soon as what has arrived is used up), or blocked in Spring
	 * Integration's pipe, where only a peer's next bytes can wake them (TLS connections
	 * read through it).
	 */
	public static List<String> waitingForAPeer() {
		return Thread.getAllStackTraces()
			.entrySet()
			.stream()
			.filter((thread) -> Arrays.stream(thread.getValue()).anyMatch(ServerThreads::waitsOnAPeer))
			.map((thread) -> thread.getKey().getName())
			.toList();
	}

	private static boolean waitsOnAPeer(StackTraceElement frame) {
		String type = frame.getClassName();
		return ((type.startsWith("io.github.comunicacaosockets.wire.")
				|| type.startsWith("io.github.comunicacaosockets.link."))
				&& (type.contains("Deserializer") || type.contains("UnfinishedLine")) && !type.endsWith("Test"))
				|| (type.endsWith("TcpNioConnection$ChannelInputStream")
						&& frame.getMethodName().equals("getNextBuffer"));
	}

}
