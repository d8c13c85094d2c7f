package io.github.comunicacaosockets.link;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("ArrivalOrder")
class ArrivalOrderTest {

	private final ArrivalOrder order = new ArrivalOrder();

	private final List<Integer> delivered = new ArrayList<>();

	private void arrive(int sequence) {
		this.order.deliver(sequence, () -> this.delivered.add(sequence));
	}

	@Test
	@DisplayName("hands frames on at once while they come in order")
	void passesInOrderFrames() {
		arrive(1);
		arrive(2);

		assertThat(this.delivered).containsExactly(1, 2);
	}

	@Test
	@DisplayName("holds a frame that overtook another until the one before it comes, then hands on both")
	void holdsOvertakingFrames() {
		arrive(2);
		arrive(4);
		assertThat(this.delivered).isEmpty();

		arrive(1);
		assertThat(this.delivered).containsExactly(1, 2);

		arrive(3);
		assertThat(this.delivered).containsExactly(1, 2, 3, 4);
	}

	@Test
	@DisplayName("from 8 threads handing on 20,000 frames in a shuffled order at once: delivers each once, in order, "
			+ "one at a time, and no thread waits for another")
	void ordersFramesFromManyThreads() throws Exception {
		int frames = 20_000;
		int threads = 8;
		List<Long> shuffled = LongStream.rangeClosed(1, frames).boxed().collect(Collectors.toList());
		Collections.shuffle(shuffled, new Random(42));
		Queue<Long> delivered = new ConcurrentLinkedQueue<>();
		AtomicInteger deliveringNow = new AtomicInteger();
		AtomicInteger overlaps = new AtomicInteger();
		CyclicBarrier start = new CyclicBarrier(threads);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> handing = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				List<Long> share = shuffled.subList(t * frames / threads, (t + 1) * frames / threads);
				handing.add(pool.submit(() -> {
					start.await();
					for (long sequence : share) {
						this.order.deliver(sequence, () -> {
							if (deliveringNow.incrementAndGet() > 1) {
								overlaps.incrementAndGet();
							}
							delivered.add(sequence);
							deliveringNow.decrementAndGet();
						});
					}
					return null;
				}));
			}
			for (Future<?> thread : handing) {
				thread.get(30, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(delivered).containsExactlyElementsOf(LongStream.rangeClosed(1, frames).boxed().toList());
		assertThat(overlaps).as("deliveries that ran while another was running").hasValue(0);
	}

	@Test
	@DisplayName("goes on to the frames after one whose delivery failed, then reports the failure")
	void goesOnAfterAFailure() {
		arrive(2);
		IllegalStateException failure = new IllegalStateException("listener failed");

		assertThatThrownBy(() -> this.order.deliver(1, () -> {
			throw failure;
		})).isSameAs(failure);
		assertThat(this.delivered).containsExactly(2);
		arrive(3);
		assertThat(this.delivered).containsExactly(2, 3);
	}

}
