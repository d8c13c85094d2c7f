package io.github.comunicacaosockets.wire;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.comunicacaosockets.support.ConsoleTexts;
import io.github.comunicacaosockets.support.Seed;
import io.github.comunicacaosockets.support.Shrink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Properties of the bit codec, each checked on random inputs drawn from seeds (see
 * {@link Seed}); a failing input is shrunk to a short one before it is reported. Each
 * case has ten seconds.
 */
@DisplayName("BitCodec, on random inputs")
@Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SAME_THREAD)
class BitCodecPropertyTest {

	/** Bytes that bit frames are made of, and a few that break them. */
	private static final byte[] LIKELY_IN_FRAMES = { '0', '1', ' ', '\t', 'x', (byte) 0xB0, 0x31, 0 };

	/**
	 * The ranges of code points by UTF-8 length: 1, 2, 3 (both sides of the surrogates)
	 * and 4 bytes.
	 */
	private static final int[][] CODE_POINT_RANGES = { { 0, 0x7F }, { 0x80, 0x7FF }, { 0x800, 0xD7FF },
			{ 0xE000, 0xFFFF }, { 0x10000, 0x10FFFF } };

	static Stream<Seed> roundTripsAnyBytes() {
		return Seed.cases("roundTripsAnyBytes", 2000);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource
	@DisplayName("decoding the encoding of any bytes gives the same bytes")
	void roundTripsAnyBytes(Seed seed) {
		seed.check((random) -> Shrink.check(anyBytes(random), (bytes) -> {
			byte[] array = array(bytes);
			assertThat(BitCodec.decode(BitCodec.encode(array))).containsExactly(array);
		}));
	}

	static Stream<Seed> agreesWithNaiveEncoding() {
		return Seed.cases("agreesWithNaiveEncoding", 2000);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource
	@DisplayName("encoding matches the naive Integer.toBinaryString rendering, byte by byte")
	void agreesWithNaiveEncoding(Seed seed) {
		seed.check((random) -> Shrink.check(anyBytes(random), (bytes) -> {
			StringBuilder naive = new StringBuilder();
			for (byte b : bytes) {
				naive.append(String.format("%8s", Integer.toBinaryString(b & 0xFF)).replace(' ', '0'));
			}
			assertThat(new String(BitCodec.encode(array(bytes)), StandardCharsets.US_ASCII))
				.isEqualTo(naive.toString());
		}));
	}

	static Stream<Seed> roundTripsAnyText() {
		return Seed.cases("roundTripsAnyText", 2000);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource
	@DisplayName("any text, every code point up to 4 UTF-8 bytes, survives text -> bits -> text")
	void roundTripsAnyText(Seed seed) {
		seed.check((random) -> Shrink.check(anyCodePoints(random), (codePoints) -> {
			String text = codePoints.stream()
				.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
				.toString();
			byte[] bits = BitCodec.encode(text.getBytes(StandardCharsets.UTF_8));

			assertThat(bits.length % 8).isZero();
			assertThat(new String(BitCodec.decode(bits), StandardCharsets.UTF_8)).isEqualTo(text);
		}));
	}

	static Stream<Seed> ignoresSpacesAnywhere() {
		return Seed.cases("ignoresSpacesAnywhere", 2000);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource
	@DisplayName("spaces inserted anywhere do not change the decoded bytes")
	void ignoresSpacesAnywhere(Seed seed) {
		seed.check((random) -> {
			int every = 1 + random.nextInt(16);
			Shrink.check(anyBytes(random), (bytes) -> {
				byte[] array = array(bytes);
				String spaced = new String(BitCodec.encode(array), StandardCharsets.US_ASCII)
					.replaceAll("(.{" + every + "})", "$1 ");

				assertThat(BitCodec.decode(spaced.getBytes(StandardCharsets.US_ASCII)))
					.as("a space every %d digits", every)
					.containsExactly(array);
			});
		});
	}

	static Stream<Seed> decodesOrRejectsAnyFrame() {
		return Seed.cases("decodesOrRejectsAnyFrame", 5000);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource
	@DisplayName("any frame either decodes or is rejected with RejectedFrameException, nothing else")
	void decodesOrRejectsAnyFrame(Seed seed) {
		seed.check((random) -> Shrink.check(anyFrame(random), (frame) -> {
			Throwable thrown = catchThrowable(() -> BitCodec.decode(array(frame)));

			if (thrown != null) {
				assertThat(thrown).isInstanceOf(RejectedFrameException.class);
				assertThat(ConsoleTexts.portuguese().get(((RejectedFrameException) thrown).description()))
					.doesNotContain("null")
					.doesNotContainPattern("\\{\\d+\\}");
			}
		}));
	}

	static Stream<Seed> rejectsPartialOctets() {
		return Seed.cases("rejectsPartialOctets", 1000);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource
	@DisplayName("a digit count that is not a multiple of 8 is always rejected")
	void rejectsPartialOctets(Seed seed) {
		seed.check((random) -> {
			StringBuilder extra = new StringBuilder();
			for (int i = 1 + random.nextInt(7); i > 0; i--) {
				extra.append(random.nextBoolean() ? '1' : '0');
			}
			Shrink.check(anyBytes(random), (bytes) -> {
				String bits = new String(BitCodec.encode(array(bytes)), StandardCharsets.US_ASCII) + extra;

				assertThatThrownBy(() -> BitCodec.decode(bits.getBytes(StandardCharsets.US_ASCII)))
					.as("%s extra digits", extra)
					.isInstanceOf(RejectedFrameException.class);
			});
		});
	}

	/**
	 * Up to 255 bytes; one draw in eight is empty or a single byte, where edge cases
	 * live.
	 */
	private static List<Byte> anyBytes(SplittableRandom random) {
		int length = (random.nextInt(8) == 0) ? random.nextInt(2) : random.nextInt(256);
		List<Byte> bytes = new ArrayList<>(length);
		for (int i = 0; i < length; i++) {
			bytes.add((byte) random.nextInt(256));
		}
		return bytes;
	}

	/** Up to 64 code points, each from a UTF-8 length chosen at random. */
	private static List<Integer> anyCodePoints(SplittableRandom random) {
		int length = random.nextInt(65);
		List<Integer> codePoints = new ArrayList<>(length);
		for (int i = 0; i < length; i++) {
			int[] range = CODE_POINT_RANGES[random.nextInt(CODE_POINT_RANGES.length)];
			codePoints.add(random.nextInt(range[0], range[1] + 1));
		}
		return codePoints;
	}

	/** Up to 80 bytes, each either any byte or one of those bit frames are made of. */
	private static List<Byte> anyFrame(SplittableRandom random) {
		int length = random.nextInt(81);
		List<Byte> frame = new ArrayList<>(length);
		for (int i = 0; i < length; i++) {
			frame.add(random.nextBoolean() ? (byte) random.nextInt(256)
					: LIKELY_IN_FRAMES[random.nextInt(LIKELY_IN_FRAMES.length)]);
		}
		return frame;
	}

	private static byte[] array(List<Byte> bytes) {
		byte[] array = new byte[bytes.size()];
		for (int i = 0; i < array.length; i++) {
			array[i] = bytes.get(i);
		}
		return array;
	}

}
