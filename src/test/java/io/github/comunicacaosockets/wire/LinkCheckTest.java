package io.github.comunicacaosockets.wire;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.zip.CRC32;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.github.comunicacaosockets.config.ChatProperties.Check;
import io.github.comunicacaosockets.wire.LinkCheck.Checked;
import io.github.comunicacaosockets.wire.LinkCheck.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The link's error checks")
class LinkCheckTest {

	private static final LinkCheck PARITY = new LinkCheck(Check.PARITY);

	private static final LinkCheck CRC = new LinkCheck(Check.CRC32);

	private static final LinkCheck HAMMING = new LinkCheck(Check.HAMMING);

	private static byte[] flipped(byte[] bits, int... positions) {
		byte[] out = bits.clone();
		for (int position : positions) {
			out[position] = (byte) ((out[position] == '0') ? '1' : '0');
		}
		return out;
	}

	@Test
	@DisplayName("none: the wire is the plain bits, as without a check")
	void noneIsThePlainBits() {
		byte[] utf8 = "Olá 👋".getBytes(StandardCharsets.UTF_8);

		assertThat(new LinkCheck(Check.NONE).protect(utf8)).isEqualTo(BitCodec.encode(utf8));
		assertThat(
				new BitTransformer(io.github.comunicacaosockets.config.ChatProperties.Encoding.BITS).toWire("Olá 👋"))
			.isEqualTo(BitCodec.encode(utf8));
	}

	@Test
	@DisplayName("parity: 9 bits per byte, the ninth making the count of ones even")
	void parityLayout() {
		assertThat(new String(PARITY.protect(new byte[] { 'O' }), StandardCharsets.US_ASCII)).isEqualTo("010011111");
		assertThat(new String(PARITY.protect(new byte[] { 'i' }), StandardCharsets.US_ASCII)).isEqualTo("011010010");
	}

	@Test
	@DisplayName("parity detects every odd number of flips in a byte, of every byte, and names the byte")
	void parityDetectsOddFlips() {
		for (int value = 0; value < 256; value++) {
			byte[] frame = { 'a', (byte) value, 'z' };
			byte[] bits = PARITY.protect(frame);
			for (int flips = 1; flips < (1 << 9); flips++) {
				byte[] damaged = bits.clone();
				for (int bit = 0; bit < 9; bit++) {
					if ((flips & (1 << bit)) != 0) {
						damaged = flipped(damaged, 9 + bit);
					}
				}
				Checked checked = PARITY.verify(damaged);
				if ((Integer.bitCount(flips) & 1) == 1) {
					assertThat(checked.outcome()).as("byte %d, flips %s", value, Integer.toBinaryString(flips))
						.isEqualTo(Outcome.DETECTED);
					assertThat(checked.badBytes()).containsExactly(1);
				}
				else {
					assertThat(checked.outcome()).as("an even number of flips passes parity").isEqualTo(Outcome.OK);
				}
			}
			assertThat(PARITY.verify(bits).data()).isEqualTo(frame);
		}
	}

	@Test
	@DisplayName("crc32 appends java.util.zip.CRC32 of the frame's bytes, most significant bit first")
	void crcMatchesTheJdk() {
		SplittableRandom random = new SplittableRandom(32);
		for (int length = 1; length < 200; length++) {
			byte[] frame = new byte[length];
			random.nextBytes(frame);
			byte[] bits = CRC.protect(frame);
			CRC32 jdk = new CRC32();
			jdk.update(frame);
			String crc = String.format("%32s", Long.toBinaryString(jdk.getValue())).replace(' ', '0');

			assertThat(new String(bits, 0, length * 8, StandardCharsets.US_ASCII))
				.isEqualTo(new String(BitCodec.encode(frame), StandardCharsets.US_ASCII));
			assertThat(new String(bits, length * 8, 32, StandardCharsets.US_ASCII)).isEqualTo(crc);
			assertThat(CRC.verify(bits).outcome()).isEqualTo(Outcome.OK);
			assertThat(CRC.verify(bits).data()).isEqualTo(frame);
		}
	}

	@Test
	@DisplayName("crc32 detects every burst of up to 32 flipped bits, anywhere in the frame")
	void crcDetectsBursts() {
		SplittableRandom random = new SplittableRandom(3232);
		byte[] frame = new byte[16];
		random.nextBytes(frame);
		byte[] bits = CRC.protect(frame);
		for (int length = 1; length <= 32; length++) {
			for (int start = 0; start + length <= bits.length; start++) {
				for (int pattern = 0; pattern < 4; pattern++) {
					byte[] damaged = flipped(bits, start);
					for (int inner = start + 1; inner < start + length - 1; inner++) {
						if (random.nextBoolean()) {
							damaged = flipped(damaged, inner);
						}
					}
					if (length > 1) {
						damaged = flipped(damaged, start + length - 1);
					}
					assertThat(CRC.verify(damaged).outcome()).as("a burst of %d from bit %d", length, start)
						.isEqualTo(Outcome.DETECTED);
				}
			}
		}
	}

	@Test
	@DisplayName("hamming: two codewords per byte, high nibble first, in the order p1 p2 d1 p3 d2 d3 d4")
	void hammingLayout() {
		// 'O' = 0100 1111: 0100 -> p1=1 p2=0 d1=0 p3=1 d2=1 d3=0 d4=0; 1111 -> 1111111
		assertThat(new String(HAMMING.protect(new byte[] { 'O' }), StandardCharsets.US_ASCII))
			.isEqualTo("1001100" + "1111111");
	}

	@Test
	@DisplayName("hamming corrects every single flipped bit of every byte, and says where")
	void hammingCorrectsEverySingleFlip() {
		for (int value = 0; value < 256; value++) {
			byte[] frame = { (byte) value };
			byte[] bits = HAMMING.protect(frame);
			assertThat(HAMMING.verify(bits).outcome()).isEqualTo(Outcome.OK);
			for (int position = 0; position < 14; position++) {
				Checked checked = HAMMING.verify(flipped(bits, position));

				assertThat(checked.data()).as("byte %d, bit %d flipped", value, position).isEqualTo(frame);
				assertThat(checked.outcome()).isEqualTo(Outcome.CORRECTED);
				assertThat(checked.positions()).containsExactly(position);
			}
		}
	}

	@Test
	@DisplayName("hamming corrects one flip in each codeword at once")
	void hammingCorrectsOnePerCodeword() {
		byte[] frame = "ok".getBytes(StandardCharsets.US_ASCII);
		byte[] bits = HAMMING.protect(frame);

		Checked checked = HAMMING.verify(flipped(bits, 2, 8, 20, 27));

		assertThat(checked.data()).isEqualTo(frame);
		assertThat(checked.positions()).containsExactly(2, 8, 20, 27);
	}

	@Test
	@DisplayName("a frame that ends with the CRC-32 of its bytes is known as one, and a plain frame is not")
	void knowsACrcTrailer() {
		byte[] crcFrame = BitCodec.decode(CRC.protect("olá, turma".getBytes(StandardCharsets.UTF_8)));

		assertThat(LinkCheck.endsWithItsCrc(crcFrame)).isTrue();
		assertThat(LinkCheck.endsWithItsCrc("olá, turma".getBytes(StandardCharsets.UTF_8))).isFalse();
		assertThat(LinkCheck.endsWithItsCrc(new byte[4])).as("too short to carry a CRC after something").isFalse();
	}

}
