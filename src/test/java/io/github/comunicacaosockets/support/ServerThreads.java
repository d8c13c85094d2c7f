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

	/** Names of the threads blocked in a read that only a peer's next bytes can end. */
	public static List<String> waitingForAPeer() {
		return Thread.getAllStackTraces()
			.entrySet()
			.stream()
			.filter((thread) -> Arrays.stream(thread.getValue())
				.anyMatch((frame) -> frame.getClassName().endsWith("TcpNioConnection$ChannelInputStream")
						&& frame.getMethodName().equals("getNextBuffer")))
			.map((thread) -> thread.getKey().getName())
			.toList();
	}

}
