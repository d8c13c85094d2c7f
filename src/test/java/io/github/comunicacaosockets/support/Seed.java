package io.github.comunicacaosockets.support;

import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * One case of a randomised test: the seed its input is drawn from. Tests take their seeds
 * from {@link #cases(String, int)} through a {@code @MethodSource}, so every run checks
 * the same cases, each named by its seed; a failure names the seed and how to run that
 * case alone: {@code ./mvnw test -Dtest=ClassName -Dfuzz.seed=0x...} replays it, and
 * {@code -Dfuzz.master=N} draws another set of cases to explore with.
 *
 * @param value the seed of this case's {@link SplittableRandom}
 */
public record Seed(long value) {

	/** Replays only this seed (hexadecimal with {@code 0x}, or decimal). */
	public static final String REPLAY = "fuzz.seed";

	/** The seed the cases' seeds are drawn from. */
	public static final String MASTER = "fuzz.master";

	private static final long DEFAULT_MASTER = 0x636F6D756E696361L;

	/**
	 * {@code count} seeds for one property, drawn from the master seed and the property's
	 * name (so that two properties do not check the same inputs), or the one seed of
	 * {@code -Dfuzz.seed}.
	 */
	public static Stream<Seed> cases(String property, int count) {
		String replay = System.getProperty(REPLAY);
		if (replay != null && !replay.isBlank()) {
			return Stream.of(new Seed(parse(replay)));
		}
		String master = System.getProperty(MASTER);
		long masterSeed = (master != null && !master.isBlank()) ? parse(master) : DEFAULT_MASTER;
		SplittableRandom seeds = new SplittableRandom(masterSeed ^ property.hashCode());
		return Stream.generate(() -> new Seed(seeds.nextLong())).limit(count);
	}

	/** Reads a seed as {@link #toString()} writes it, or in decimal. */
	static long parse(String text) {
		String seed = text.strip();
		return seed.startsWith("0x") ? Long.parseUnsignedLong(seed.substring(2), 16) : Long.parseLong(seed);
	}

	/** A new generator on this seed: the same numbers every time. */
	public SplittableRandom random() {
		return new SplittableRandom(this.value);
	}

	/**
	 * Runs a check on this seed's generator; an assertion it fails names the seed and how
	 * to replay it.
	 */
	public void check(Consumer<SplittableRandom> check) {
		try {
			check.accept(random());
		}
		catch (AssertionError failure) {
			throw new AssertionError("case " + this + " failed (replay it alone with -D" + REPLAY + "=" + this + "): "
					+ failure.getMessage(), failure);
		}
	}

	@Override
	public String toString() {
		return String.format("0x%016x", this.value);
	}

}
