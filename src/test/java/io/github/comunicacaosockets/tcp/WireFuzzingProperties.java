package io.github.comunicacaosockets.tcp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import org.springframework.core.serializer.Deserializer;
import org.springframework.integration.ip.tcp.serializer.SoftEndOfStreamException;

import io.github.comunicacaosockets.codec.BitCodec;
import io.github.comunicacaosockets.codec.BitTransformer;
import io.github.comunicacaosockets.codec.ReceivedText;
import io.github.comunicacaosockets.codec.RejectedFrameException;
import io.github.comunicacaosockets.config.ChatProperties.Encoding;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random traffic through what a connection's bytes go through before the console: a deserializer,
 * then the bit transformer. 1,000 tries of 1,000 frames for each framing: a million frames each,
 * arriving in random pieces. Every frame must end as a message or as a rejection with a reason;
 * nothing else may come out, and a valid message must come out as it was sent.
 */
@Label("Fuzzing the decoders")
class WireFuzzingProperties {

	private static final int FRAMES = 1000;

	private static final int BOUND = 4096;

	private final BitTransformer bits = new BitTransformer(Encoding.BITS);

	@Property(tries = 1000)
	@Label("lines of random bits, bytes, bad lengths, invalid UTF-8 and endless runs: each a message or a counted rejection")
	void everyLineIsAMessageOrARejection(@ForAll long seed, @ForAll @IntRange(min = 1, max = 9000) int pieceSize,
			@ForAll boolean markable) {
		Random random = new Random(seed);
		List<Frame> frames = new ArrayList<>();
		ByteArrayOutputStream wire = new ByteArrayOutputStream();
		for (int i = 0; i < FRAMES; i++) {
			Frame frame = (i == FRAMES - 1 && random.nextInt(4) == 0) ? Frame.endless(random) : Frame.random(random);
			frames.add(frame);
			wire.writeBytes(frame.wire());
			if (!frame.endless()) {
				wire.write('\n');
			}
		}

		List<Object> outcomes = readAll(new LineDeserializer(BOUND), new ArrivingInPieces(wire.toByteArray(), pieceSize, markable));

		assertThat(outcomes).hasSameSizeAs(frames);
		for (int i = 0; i < frames.size(); i++) {
			frames.get(i).check(outcomes.get(i));
		}
	}

	@Property(tries = 1000)
	@Label("raw reads of random bytes: each read a message or a counted rejection, never more than the bound")
	void everyRawReadIsAMessageOrARejection(@ForAll long seed, @ForAll @IntRange(min = 1, max = 9000) int pieceSize) {
		Random random = new Random(seed);
		byte[] wire = new byte[FRAMES * 64];
		random.nextBytes(wire);
		BitTransformer bytes = new BitTransformer(Encoding.BYTES);

		List<Object> outcomes = readAll(new RawDeserializer(BOUND), new ArrivingInPieces(wire, pieceSize, false), bytes);

		assertThat(outcomes).allMatch((outcome) -> outcome instanceof ReceivedText received
				? received.byteCount() <= BOUND : outcome instanceof Enum<?>);
		assertThat(outcomes.stream()
			.mapToInt((outcome) -> (outcome instanceof ReceivedText received) ? received.byteCount() : 0)
			.sum()).as("every byte arrives in a message: none is empty, and raw frames are not decoded as bits")
			.isEqualTo(wire.length);
	}

	private List<Object> readAll(Deserializer<byte[]> deserializer, ArrivingInPieces in) {
		return readAll(deserializer, in, this.bits);
	}

	/** What the flow would make of each frame: a {@link ReceivedText}, or the reason it was rejected. */
	private static List<Object> readAll(Deserializer<byte[]> deserializer, ArrivingInPieces in,
			BitTransformer transformer) {
		List<Object> outcomes = new ArrayList<>();
		while (true) {
			if (in.available() == 0) {
				in.nextPiece();
			}
			byte[] frame;
			try {
				frame = deserializer.deserialize(in);
			}
			catch (SoftEndOfStreamException ex) {
				return outcomes;
			}
			catch (FrameRejectedException ex) {
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
	 * @param wire its bytes on the wire, without the line end
	 * @param kind what was generated
	 * @param text the text it carries, for a valid message
	 */
	private record Frame(byte[] wire, Kind kind, String text) {

		static Frame random(Random random) {
			Kind kind = Kind.values()[random.nextInt(Kind.values().length - 1)];
			return switch (kind) {
				case TEXT -> {
					String text = randomText(random);
					String encoded = new String(BitCodec.encode(text.getBytes(StandardCharsets.UTF_8)),
							StandardCharsets.US_ASCII);
					yield new Frame((random.nextBoolean() ? encoded.replaceAll("(.{8})", "$1 ") : encoded)
						.getBytes(StandardCharsets.US_ASCII), kind, text);
				}
				case INVALID_UTF8 -> new Frame(BitCodec.encode(new byte[] { (byte) 0xC3, (byte) (random.nextInt(64)) }),
						kind, null);
				case WRONG_LENGTH -> new Frame("01".repeat(random.nextInt(40)).concat("0").getBytes(StandardCharsets.US_ASCII),
						kind, null);
				case RANDOM_BYTES -> {
					byte[] bytes = new byte[random.nextInt(200)];
					random.nextBytes(bytes);
					for (int i = 0; i < bytes.length; i++) {
						if (bytes[i] == '\n') {
							bytes[i] = 'x';
						}
					}
					yield new Frame(bytes, kind, null);
				}
				case ENDLESS -> throw new IllegalStateException();
			};
		}

		static Frame endless(Random random) {
			return new Frame("1".repeat(BOUND + 1 + random.nextInt(3 * BOUND)).getBytes(StandardCharsets.US_ASCII),
					Kind.ENDLESS, null);
		}

		boolean endless() {
			return this.kind == Kind.ENDLESS;
		}

		void check(Object outcome) {
			switch (this.kind) {
				case TEXT -> assertThat(outcome).isInstanceOfSatisfying(ReceivedText.class,
						(received) -> assertThat(received.text()).isEqualTo(this.text));
				case INVALID_UTF8 -> assertThat(outcome).isInstanceOfSatisfying(ReceivedText.class,
						(received) -> assertThat(received.validUtf8()).isFalse());
				case WRONG_LENGTH -> assertThat(outcome).hasToString("MALFORMED_BITS");
				case RANDOM_BYTES -> assertThat(outcome).satisfiesAnyOf(
						(any) -> assertThat(any).isInstanceOf(ReceivedText.class),
						(any) -> assertThat(any).hasToString("MALFORMED_BITS"),
						(any) -> assertThat(any).hasToString("EMPTY"));
				case ENDLESS -> assertThat(outcome).hasToString("TOO_LARGE");
			}
		}

		private static String randomText(Random random) {
			StringBuilder text = new StringBuilder();
			int length = 1 + random.nextInt(30);
			while (text.length() < length) {
				int codePoint = random.nextInt(0x1F000);
				if (Character.isDefined(codePoint) && !Character.isSurrogate((char) codePoint) && codePoint != '\n'
						&& codePoint != '\r') {
					text.appendCodePoint(codePoint);
				}
			}
			return text.toString();
		}

	}

	private enum Kind {

		TEXT, INVALID_UTF8, WRONG_LENGTH, RANDOM_BYTES, ENDLESS

	}

	/** Bytes that arrive a piece at a time, as from a socket; reading ahead of them fails. */
	private static final class ArrivingInPieces extends InputStream {

		private final byte[] bytes;

		private final int pieceSize;

		private int arrived;

		private int position;

		private int mark;

		private final boolean markable;

		/**
		 * @param markable whether the stream supports mark and reset, as the read buffer of a plain
		 * connection does (the line deserializer then reads in bulk), or not, as TLS's pipe
		 */
		ArrivingInPieces(byte[] bytes, int pieceSize, boolean markable) {
			this.bytes = bytes;
			this.pieceSize = pieceSize;
			this.markable = markable;
			nextPiece();
		}

		void nextPiece() {
			this.arrived = Math.min(this.bytes.length, this.arrived + this.pieceSize);
		}

		@Override
		public int read() {
			if (this.position == this.bytes.length) {
				return -1;
			}
			if (this.position == this.arrived) {
				throw new IllegalStateException("read ahead of the bytes that have arrived");
			}
			return this.bytes[this.position++] & 0xff;
		}

		@Override
		public int available() {
			return this.arrived - this.position;
		}

		@Override
		public boolean markSupported() {
			return this.markable;
		}

		@Override
		public void mark(int readLimit) {
			this.mark = this.position;
		}

		@Override
		public void reset() {
			this.position = this.mark;
		}

		@Override
		public int read(byte[] target, int offset, int length) {
			if (this.position == this.bytes.length) {
				return -1;
			}
			int count = Math.min(length, this.arrived - this.position);
			if (count == 0) {
				throw new IllegalStateException("read ahead of the bytes that have arrived");
			}
			System.arraycopy(this.bytes, this.position, target, offset, count);
			this.position += count;
			return count;
		}

		@Override
		public long skip(long count) {
			int skipped = (int) Math.min(count, this.arrived - this.position);
			this.position += skipped;
			return skipped;
		}

	}

}
