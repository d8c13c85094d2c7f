package io.github.comunicacaosockets.wire;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.core.serializer.Deserializer;
import org.springframework.integration.ip.tcp.serializer.SoftEndOfStreamException;

import io.github.comunicacaosockets.config.ChatProperties.Encoding;
import io.github.comunicacaosockets.support.Seed;
import io.github.comunicacaosockets.support.Shrink;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random traffic through what a connection's bytes go through before the console: a
 * deserializer, then the bit transformer. 1,000 cases of 1,000 frames for each framing, a
 * million frames each, arriving in pieces of random sizes; line framing reads every case
 * both ways it can (in bulk from a plain connection's read buffer, byte by byte from
 * TLS's pipe). Every frame must end as a message or as a rejection with a reason; nothing
 * else may come out, and a valid message must come out as it was sent. A failing case is
 * shrunk to the fewest frames that still fail. Each case has ten seconds: a deserializer
 * that loops fails the case.
 */
@DisplayName("Fuzzing the decoders")
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class WireFuzzingTest {

	private static final int FRAMES = 1000;

	private static final int BOUND = 4096;

	private static final BitTransformer BITS = new BitTransformer(Encoding.BITS);

	static Stream<Seed> everyLineIsAMessageOrARejection() {
		return Seed.cases("everyLineIsAMessageOrARejection", 1000);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource
	@DisplayName("lines of random bits, bytes, bad lengths, invalid UTF-8, frames at the bound and endless runs, "
			+ "read in bulk and byte by byte: each a message or a counted rejection")
	void everyLineIsAMessageOrARejection(Seed seed) {
		seed.check((random) -> {
			List<Frame> frames = new ArrayList<>();
			for (int i = 0; i < FRAMES; i++) {
				frames.add((i == FRAMES - 1 && random.nextInt(4) == 0) ? Frame.tooLarge(random) : Frame.random(random));
			}
			long pieces = random.nextLong();
			for (boolean inBulk : new boolean[] { true, false }) {
				Shrink.check(frames, (sent) -> {
					ByteArrayOutputStream wire = new ByteArrayOutputStream();
					sent.forEach((frame) -> wire.writeBytes(frame.wire()));

					List<Object> outcomes = readAll(new LineDeserializer(BOUND), new ArrivingBytes(inBulk),
							new Pieces(wire.toByteArray(), pieces), BITS);

					assertThat(outcomes).as(inBulk ? "read in bulk" : "read byte by byte").hasSameSizeAs(sent);
					for (int i = 0; i < sent.size(); i++) {
						sent.get(i).check(outcomes.get(i), i, inBulk);
					}
				});
			}
		});
	}

	static Stream<Seed> everyRawReadIsAMessageOrARejection() {
		return Seed.cases("everyRawReadIsAMessageOrARejection", 1000);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource
	@DisplayName("raw reads of random bytes: each read a message or a counted rejection, never more than the bound")
	void everyRawReadIsAMessageOrARejection(Seed seed) {
		seed.check((random) -> {
			byte[] wire = new byte[FRAMES * 64];
			random.nextBytes(wire);
			BitTransformer bytes = new BitTransformer(Encoding.BYTES);

			List<Object> outcomes = readAll(new RawDeserializer(BOUND), new ArrivingBytes(random.nextBoolean()),
					new Pieces(wire, random.nextLong()), bytes);

			assertThat(outcomes).allMatch((outcome) -> outcome instanceof ReceivedText received
					? received.byteCount() <= BOUND : outcome instanceof Enum<?>);
			assertThat(outcomes.stream()
				.mapToInt((outcome) -> (outcome instanceof ReceivedText received) ? received.byteCount() : 0)
				.sum()).as("every byte arrives in a message: none is empty, and raw frames are not decoded as bits")
				.isEqualTo(wire.length);
		});
	}

	/**
	 * What the flow would make of each frame: a {@link ReceivedText}, or the reason it
	 * was rejected.
	 */
	private static List<Object> readAll(Deserializer<?> deserializer, ArrivingBytes in, Pieces pieces,
			BitTransformer transformer) {
		List<Object> outcomes = new ArrayList<>();
		while (true) {
			if (in.available() == 0) {
				pieces.next(in);
			}
			byte[] frame;
			try {
				Object taken = deserializer.deserialize(in);
				frame = (taken instanceof ReceivedFrame line) ? line.payload() : (byte[]) taken;
			}
			catch (SoftEndOfStreamException ex) {
				return outcomes;
			}
			catch (RejectedFrameException ex) {
				outcomes.add(ex.reason());
				return outcomes;
			}
			catch (IOException ex) {
				throw new AssertionError("an unexpected exception escaped the deserializer", ex);
			}
			if (frame == null) {
				continue;
			}
			try {
				outcomes.add(transformer.fromWire(frame));
			}
			catch (RejectedFrameException ex) {
				outcomes.add(ex.reason());
			}
		}
	}

	/**
	 * One generated frame, what it is, and what must become of it.
	 *
	 * @param content its bytes on the wire, without the line end
	 * @param lineEnd the line end that follows it: LF, CR LF, or none
	 * @param kind what was generated
	 * @param text the text it carries, for a valid message
	 */
	private record Frame(byte[] content, String lineEnd, Kind kind, String text) {

		static Frame random(SplittableRandom random) {
			int draw = random.nextInt(100);
			Kind kind = switch (draw) {
				case 0 -> Kind.AT_THE_BOUND;
				case 1 -> Kind.ONE_BELOW_THE_BOUND;
				default -> Kind.ORDINARY[draw % Kind.ORDINARY.length];
			};
			String lineEnd = random.nextBoolean() ? "\n" : "\r\n";
			return switch (kind) {
				case TEXT -> {
					String text = randomText(random, 1 + random.nextInt(30));
					String encoded = bits(text);
					yield new Frame(ascii(random.nextBoolean() ? encoded.replaceAll("(.{8})", "$1 ") : encoded),
							lineEnd, kind, text);
				}
				case AT_THE_BOUND -> {
					String text = textOfUtf8Bytes(random, BOUND / 8);
					yield new Frame(ascii(bits(text)), lineEnd, kind, text);
				}
				case ONE_BELOW_THE_BOUND -> {
					String text = textOfUtf8Bytes(random, BOUND / 8 - 1);
					yield new Frame(ascii(bits(text) + " ".repeat(7)), lineEnd, kind, text);
				}
				case INVALID_UTF8 -> new Frame(BitCodec.encode(new byte[] { (byte) 0xC3, (byte) (random.nextInt(64)) }),
						lineEnd, kind, null);
				case WRONG_LENGTH -> new Frame(ascii("01".repeat(random.nextInt(40)).concat("0")), lineEnd, kind, null);
				case RANDOM_BYTES -> {
					byte[] bytes = new byte[random.nextInt(200)];
					random.nextBytes(bytes);
					for (int i = 0; i < bytes.length; i++) {
						if (bytes[i] == '\n') {
							bytes[i] = 'x';
						}
					}
					yield new Frame(bytes, lineEnd, kind, null);
				}
				case TOO_LARGE -> throw new IllegalStateException();
			};
		}

		/**
		 * A frame past the bound: a run without a line end, or one byte too many before
		 * one.
		 */
		static Frame tooLarge(SplittableRandom random) {
			if (random.nextBoolean()) {
				return new Frame(ascii("1".repeat(BOUND + 1 + random.nextInt(3 * BOUND))), "", Kind.TOO_LARGE, null);
			}
			return new Frame(ascii("0".repeat(BOUND + 1)), random.nextBoolean() ? "\n" : "\r\n", Kind.TOO_LARGE, null);
		}

		byte[] wire() {
			byte[] wire = Arrays.copyOf(this.content, this.content.length + this.lineEnd.length());
			System.arraycopy(ascii(this.lineEnd), 0, wire, this.content.length, this.lineEnd.length());
			return wire;
		}

		void check(Object outcome, int index, boolean inBulk) {
			String what = String.format("frame %d (%s, %d bytes + %s), read %s", index, this.kind, this.content.length,
					this.lineEnd.replace("\r", "CR ").replace("\n", "LF"), inBulk ? "in bulk" : "byte by byte");
			switch (this.kind) {
				case TEXT, AT_THE_BOUND,
						ONE_BELOW_THE_BOUND ->
					assertThat(outcome).as(what)
						.isInstanceOfSatisfying(ReceivedText.class,
								(received) -> assertThat(received.text()).as(what).isEqualTo(this.text));
				case INVALID_UTF8 -> assertThat(outcome).as(what)
					.isInstanceOfSatisfying(ReceivedText.class,
							(received) -> assertThat(received.validUtf8()).as(what).isFalse());
				case WRONG_LENGTH -> assertThat(outcome).as(what)
					.hasToString(isAParityFrame(this.content) ? "CHECK_MISMATCH" : "MALFORMED_BITS");
				case RANDOM_BYTES -> assertThat(outcome).as(what)
					.satisfiesAnyOf((any) -> assertThat(any).isInstanceOf(ReceivedText.class),
							(any) -> assertThat(any).hasToString("MALFORMED_BITS"),
							(any) -> assertThat(any).hasToString("EMPTY"));
				case TOO_LARGE -> assertThat(outcome).as(what).hasToString("TOO_LARGE");
			}
		}

		@Override
		public String toString() {
			return this.kind + "(" + this.content.length + " bytes)";
		}

		/**
		 * Whether these digits come in groups of nine with an even number of ones: a
		 * frame of a peer with {@code chat.wire.check=parity}, which a side without a
		 * check names.
		 */
		private static boolean isAParityFrame(byte[] digits) {
			if (digits.length % 9 != 0) {
				return false;
			}
			for (int group = 0; group < digits.length; group += 9) {
				int ones = 0;
				for (int i = group; i < group + 9; i++) {
					ones += digits[i] - '0';
				}
				if (ones % 2 != 0) {
					return false;
				}
			}
			return true;
		}

		private static String bits(String text) {
			return new String(BitCodec.encode(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.US_ASCII);
		}

		private static byte[] ascii(String text) {
			return text.getBytes(StandardCharsets.US_ASCII);
		}

		/**
		 * Text of exactly {@code utf8Bytes} bytes in UTF-8, of characters 1 to 4 bytes
		 * long.
		 */
		private static String textOfUtf8Bytes(SplittableRandom random, int utf8Bytes) {
			StringBuilder text = new StringBuilder();
			int remaining = utf8Bytes;
			while (remaining > 0) {
				int length = 1 + random.nextInt(Math.min(4, remaining));
				int codePoint = switch (length) {
					case 1 -> random.nextInt(0x20, 0x7F);
					case 2 -> random.nextInt(0x80, 0x800);
					case 3 -> random.nextInt(0x4E00, 0xA000);
					default -> random.nextInt(0x10000, 0x1F000);
				};
				text.appendCodePoint(codePoint);
				remaining -= length;
			}
			return text.toString();
		}

		private static String randomText(SplittableRandom random, int length) {
			StringBuilder text = new StringBuilder();
			int codePoints = 0;
			while (codePoints < length) {
				int codePoint = random.nextInt(0x1F000);
				if (Character.isDefined(codePoint) && !Character.isSurrogate((char) codePoint) && codePoint != '\n'
						&& codePoint != '\r') {
					text.appendCodePoint(codePoint);
					codePoints++;
				}
			}
			return text.toString();
		}

	}

	private enum Kind {

		TEXT, AT_THE_BOUND, ONE_BELOW_THE_BOUND, INVALID_UTF8, WRONG_LENGTH, RANDOM_BYTES, TOO_LARGE;

		/**
		 * The kinds most frames are, by weight. Frames at the bound and one below are
		 * drawn apart, more rarely (they are 4,096 bytes long); one past the bound ends
		 * the connection, so it can only come last.
		 */
		static final Kind[] ORDINARY = { TEXT, TEXT, TEXT, INVALID_UTF8, WRONG_LENGTH, RANDOM_BYTES, RANDOM_BYTES };

	}

	/**
	 * The wire, handed to an {@link ArrivingBytes} a piece at a time, in pieces of random
	 * sizes (from one byte to more than two frames at the bound); the stream ends after
	 * the last piece.
	 */
	private static final class Pieces {

		private final byte[] wire;

		private final SplittableRandom sizes;

		private int sent;

		/**
		 * @param seed the seed of the pieces' sizes
		 */
		Pieces(byte[] wire, long seed) {
			this.wire = wire;
			this.sizes = new SplittableRandom(seed);
		}

		void next(ArrivingBytes in) {
			int size = switch (this.sizes.nextInt(4)) {
				case 0 -> 1 + this.sizes.nextInt(16);
				case 1 -> 1 + this.sizes.nextInt(512);
				default -> 1 + this.sizes.nextInt(9000);
			};
			int length = Math.min(size, this.wire.length - this.sent);
			in.arrive(this.wire, this.sent, length);
			this.sent += length;
			if (this.sent == this.wire.length) {
				in.end();
			}
		}

	}

}
