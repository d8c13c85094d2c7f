package io.github.comunicacaosockets.wire;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The simulated noise")
class NoiseTest {

	private static byte[] zeros(int count) {
		byte[] bits = new byte[count];
		java.util.Arrays.fill(bits, (byte) '0');
		return bits;
	}

	@Test
	@DisplayName("flips bits at the rate asked for, within five standard deviations over a million bits")
	void flipsAtItsRate() {
		int bits = 1_000_000;
		double rate = 0.01;
		Noise.Passed passed = new Noise(rate, 42L).pass(zeros(bits));

		double expected = bits * rate;
		double sigma = Math.sqrt(bits * rate * (1 - rate));
		assertThat((double) passed.flipped().size()).isBetween(expected - 5 * sigma, expected + 5 * sigma);
		long ones = new String(passed.bits(), java.nio.charset.StandardCharsets.US_ASCII).chars()
			.filter((c) -> c == '1')
			.count();
		assertThat(ones).as("each position named was flipped").isEqualTo(passed.flipped().size());
	}

	@Test
	@DisplayName("flips the same bits for the same seed, and others for another seed")
	void reproducibleForASeed() {
		byte[] frame = zeros(10_000);

		assertThat(new Noise(0.05, 7L).pass(frame).flipped()).isEqualTo(new Noise(0.05, 7L).pass(frame).flipped())
			.isNotEqualTo(new Noise(0.05, 8L).pass(frame).flipped());
	}

	@Test
	@DisplayName("at rate 0 leaves the frame untouched")
	void offLeavesTheFrame() {
		byte[] frame = "0100111101101001".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		Noise.Passed passed = new Noise(0, null).pass(frame);

		assertThat(passed.bits()).isSameAs(frame);
		assertThat(passed.flipped()).isEmpty();
	}

}
