package io.github.comunicacaosockets.tcp;

import java.util.ArrayList;
import java.util.List;

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
