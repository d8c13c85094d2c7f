package io.github.comunicacaosockets.benchmark;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What every benchmark server does alike: it counts the messages it has decoded down on
 * the latch of the current run.
 */
abstract class CountingServer implements BenchmarkServer {

	private final AtomicReference<CountDownLatch> latch = new AtomicReference<>(new CountDownLatch(0));

	@Override
	public final CountDownLatch expect(long messages) {
		CountDownLatch next = new CountDownLatch(Math.toIntExact(messages));
		this.latch.set(next);
		return next;
	}

	/** One more message decoded. */
	protected final void decoded() {
		this.latch.get().countDown();
	}

}
