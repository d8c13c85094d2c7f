package io.github.comunicacaosockets.benchmark;

import java.util.concurrent.CountDownLatch;

/**
 * A server the end-to-end clients talk to: it reads bit lines, decodes them to text and
 * counts them, and, when started to echo, writes each one back as a bit line.
 */
interface BenchmarkServer extends AutoCloseable {

	/** The name in the benchmark's table. */
	String name();

	int port();

	/**
	 * A latch that opens once {@code messages} more messages have been decoded by the
	 * server.
	 */
	CountDownLatch expect(long messages);

	/** Starts one kind of server, echoing or not. */
	@FunctionalInterface
	interface Kind {

		BenchmarkServer start(boolean echo) throws Exception;

	}

}
