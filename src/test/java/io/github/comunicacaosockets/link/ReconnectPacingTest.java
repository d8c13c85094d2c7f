package io.github.comunicacaosockets.link;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("ReconnectPacing")
class ReconnectPacingTest {

	private final AtomicLong now = new AtomicLong();

	private final ReconnectPacing pacing = new ReconnectPacing(Duration.ofSeconds(2), this.now::get);

	@Test
	@DisplayName("waits chat.retry-interval after a first refusal, then doubles the wait with each refusal in a row, up to 30 s")
	void doublesUpTo30Seconds() {
		List<Duration> waits = new ArrayList<>();
		for (int attempt = 1; attempt <= 7; attempt++) {
			this.pacing.attempting();
			waits.add(this.pacing.setback("connection-" + attempt));
		}
		assertThat(waits).extracting(Duration::toSeconds).containsExactly(2L, 4L, 8L, 16L, 30L, 30L, 30L);
	}

	@Test
	@DisplayName("does not try again before the wait is over, counted from the attempt that was refused")
	void holdsOffUntilTheWaitIsOver() {
		this.now.set(seconds(10));
		this.pacing.attempting();
		this.now.set(seconds(10) + 5_000_000);
		this.pacing.setback("first");
		this.now.set(seconds(12));
		assertThat(this.pacing.mayConnect()).as("at the attempt due 2 s after the first").isTrue();
		this.pacing.attempting();
		this.pacing.setback("second");

		this.now.set(seconds(14));
		assertThat(this.pacing.mayConnect()).as("2 s into a 4 s wait").isFalse();
		this.now.set(seconds(15) - 1);
		assertThat(this.pacing.mayConnect()).as("just before half an interval early").isFalse();
		this.now.set(seconds(15));
		assertThat(this.pacing.mayConnect()).as("half an interval early: the attempt due at 16 s").isTrue();
	}

	@Test
	@DisplayName("counts one refusal once, however often it is reported")
	void countsEachConnectionOnce() {
		this.pacing.attempting();
		this.pacing.setback("same");
		assertThat(this.pacing.setback("same")).isEqualTo(Duration.ofSeconds(2));
	}

	@Test
	@DisplayName("starts again from chat.retry-interval once an admitted connection has closed")
	void admittedConnectionResets() {
		this.pacing.setback("refused-1");
		this.pacing.setback("refused-2");
		this.pacing.closed("refused-2");
		assertThat(this.pacing.setback("refused-3")).isEqualTo(Duration.ofSeconds(8));

		this.pacing.closed("admitted");
		assertThat(this.pacing.setback("refused-4")).isEqualTo(Duration.ofSeconds(2));
	}

	@Test
	@DisplayName("keeps a chat.retry-interval longer than 30 s as it is")
	void longIntervalIsKept() {
		ReconnectPacing slow = new ReconnectPacing(Duration.ofMinutes(1), this.now::get);
		assertThat(slow.setback("a")).isEqualTo(Duration.ofMinutes(1));
		assertThat(slow.setback("b")).isEqualTo(Duration.ofMinutes(1));
	}

	private static long seconds(long seconds) {
		return Duration.ofSeconds(seconds).toNanos();
	}

}
