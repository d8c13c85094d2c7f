package io.github.comunicacaosockets.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;

/**
 * A noisy link: flips each bit of a frame with a given probability, as a sender would see
 * a bad cable do. With a seed, the same frames get the same flips, for a class
 * demonstration.
 */
public final class Noise {

	private final double bitErrorRate;

	private final SplittableRandom random;

	/**
	 * @param bitErrorRate the probability that a bit is flipped, from 0 to 1
	 * @param seed the seed, or {@code null} for a different noise every time
	 */
	public Noise(double bitErrorRate, @Nullable Long seed) {
		this.bitErrorRate = bitErrorRate;
		this.random = (seed != null) ? new SplittableRandom(seed) : new SplittableRandom();
	}

	/** Whether any bit may be flipped at all. */
	public boolean isOn() {
		return this.bitErrorRate > 0;
	}

	/**
	 * The frame as it arrives over this link.
	 * @param bits ASCII digits, one per bit
	 */
	public synchronized Passed pass(byte[] bits) {
		if (!isOn()) {
			return new Passed(bits, List.of());
		}
		byte[] out = bits.clone();
		List<Integer> flipped = new ArrayList<>();
		for (int i = 0; i < out.length; i++) {
			if ((out[i] == '0' || out[i] == '1') && this.random.nextDouble() < this.bitErrorRate) {
				out[i] = (byte) ((out[i] == '0') ? '1' : '0');
				flipped.add(i);
			}
		}
		return new Passed(out, flipped);
	}

	/**
	 * A frame after the link.
	 *
	 * @param bits what arrives
	 * @param flipped the positions (from 0) of the bits the noise flipped
	 */
	public record Passed(byte[] bits, List<Integer> flipped) {
	}

}
