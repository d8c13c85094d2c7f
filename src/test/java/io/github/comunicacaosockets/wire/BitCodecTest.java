package io.github.comunicacaosockets.wire;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.github.comunicacaosockets.support.ConsoleTexts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@DisplayName("BitCodec")
class BitCodecTest {

	@Test
	@DisplayName("writes 'Olá' as the bits students see in class, most significant bit first")
	void encodesTheWorkedExample() {
		byte[] bits = BitCodec.encode("Olá".getBytes(StandardCharsets.UTF_8));

		assertThat(new String(bits, StandardCharsets.US_ASCII))
			.isEqualTo("01001111" + "01101100" + "11000011" + "10100001");
	}

	@Test
	@DisplayName("writes every byte value as its eight binary digits")
	void encodesEveryByteValue() {
		for (int value = 0; value < 256; value++) {
			String expected = String.format("%8s", Integer.toBinaryString(value)).replace(' ', '0');

			assertThat(new String(BitCodec.encode(new byte[] { (byte) value }), StandardCharsets.US_ASCII))
				.as("byte %d", value)
				.isEqualTo(expected);
		}
	}

	@Test
	@DisplayName("reads every byte value back from its eight binary digits")
	void decodesEveryByteValue() {
		for (int value = 0; value < 256; value++) {
			String digits = String.format("%8s", Integer.toBinaryString(value)).replace(' ', '0');

			assertThat(BitCodec.decode(digits.getBytes(StandardCharsets.US_ASCII))).as("digits %s", digits)
				.containsExactly((byte) value);
		}
	}

	@Test
	@DisplayName("encodes a four-byte character (emoji) as 32 bits")
	void encodesFourByteCharacters() {
		byte[] bits = BitCodec.encode("🌍".getBytes(StandardCharsets.UTF_8));

		assertThat(new String(bits, StandardCharsets.US_ASCII))
			.isEqualTo("11110000" + "10011111" + "10001100" + "10001101");
	}

	@Test
	@DisplayName("accepts spaces and tabs between octets, as typed into telnet or nc")
	void acceptsSeparators() {
		byte[] bytes = BitCodec.decode("01001111 01101100\t11000011  10100001".getBytes(StandardCharsets.US_ASCII));

		assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("Olá");
	}

	@Test
	@DisplayName("decodes nothing into nothing")
	void decodesEmpty() {
		assertThat(BitCodec.decode(new byte[0])).isEmpty();
		assertThat(BitCodec.decode("   ".getBytes(StandardCharsets.US_ASCII))).isEmpty();
	}

	/** What the console says about frame that is not bits, in Portuguese. */
	private static String rejection(String frame) {
		return rejection(frame.getBytes(StandardCharsets.US_ASCII));
	}

	private static String rejection(byte[] frame) {
		RejectedFrameException rejected = catchThrowableOfType(RejectedFrameException.class,
				() -> BitCodec.decode(frame));
		assertThat(rejected).as("rejection of %s", new String(frame, StandardCharsets.ISO_8859_1)).isNotNull();
		return ConsoleTexts.portuguese().get(rejected.description());
	}

	@Test
	@DisplayName("rejects a character other than 0, 1 or a space, saying which and where")
	void rejectsForeignCharacters() {
		assertThat(rejection("0100x111")).isEqualTo("caractere 'x' na posição 5 (só 0, 1 e espaços são aceitos)");
	}

	@Test
	@DisplayName("names an unprintable character by its code")
	void rejectsControlCharacters() {
		assertThat(rejection(new byte[] { '0', '1', 0x07, '0', '1', '0', '1', '0' }))
			.contains("caractere 0x07 na posição 3");
	}

	@Test
	@DisplayName("rejects a count of digits that is not a whole number of bytes")
	void rejectsIncompleteOctets() {
		assertThat(rejection("0100111")).isEqualTo("7 bits não formam bytes inteiros (o total deve ser múltiplo de 8)");
		assertThat(rejection("01001111 0")).startsWith("9 bits");
	}

	@Test
	@DisplayName("rejects digits whose byte is one of '0'/'1' with a high bit set")
	void rejectsNearDigits() {
		// 0xB0 and 0xB1 differ from '0' and '1' only in the top bit: a mask that ignored
		// it would pass them.
		byte[] frame = { '0', '1', '0', (byte) 0xB0, '1', '1', '1', '1' };

		assertThatThrownBy(() -> BitCodec.decode(frame)).isInstanceOf(RejectedFrameException.class)
			.hasMessageContaining("0xB0");
	}

	@Test
	@DisplayName("groups bits eight per group for reading")
	void groupsBits() {
		byte[] bits = BitCodec.encode("Ol".getBytes(StandardCharsets.UTF_8));

		assertThat(BitCodec.grouped(bits)).isEqualTo("01001111 01101100");
		assertThat(BitCodec.grouped(new byte[0])).isEmpty();
	}

}
