package io.github.comunicacaosockets.codec;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("BitCodec")
class BitCodecTest {

	@Test
	@DisplayName("writes 'Olá' as the bits students see in class, most significant bit first")
	void encodesTheWorkedExample() {
		byte[] bits = BitCodec.encode("Olá".getBytes(StandardCharsets.UTF_8));

		assertThat(new String(bits, StandardCharsets.US_ASCII)).isEqualTo("01001111" + "01101100" + "11000011" + "10100001");
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

	@Test
	@DisplayName("rejects a character other than 0, 1 or a space, saying which and where")
	void rejectsForeignCharacters() {
		assertThatThrownBy(() -> BitCodec.decode("0100x111".getBytes(StandardCharsets.US_ASCII)))
			.isInstanceOf(MalformedBitsException.class)
			.hasMessageContaining("'x'")
			.hasMessageContaining("posição 5");
	}

	@Test
	@DisplayName("names an unprintable character by its code")
	void rejectsControlCharacters() {
		assertThatThrownBy(() -> BitCodec.decode(new byte[] { '0', '1', 0x07, '0', '1', '0', '1', '0' }))
			.isInstanceOf(MalformedBitsException.class)
			.hasMessageContaining("0x07");
	}

	@Test
	@DisplayName("rejects a count of digits that is not a whole number of bytes")
	void rejectsIncompleteOctets() {
		assertThatThrownBy(() -> BitCodec.decode("0100111".getBytes(StandardCharsets.US_ASCII)))
			.isInstanceOf(MalformedBitsException.class)
			.hasMessageContaining("7 bits");
		assertThatThrownBy(() -> BitCodec.decode("01001111 0".getBytes(StandardCharsets.US_ASCII)))
			.isInstanceOf(MalformedBitsException.class)
			.hasMessageContaining("9 bits");
	}

	@Test
	@DisplayName("rejects digits whose byte is one of '0'/'1' with a high bit set")
	void rejectsNearDigits() {
		// 0xB0 and 0xB1 differ from '0' and '1' only in the top bit: a mask that ignored it would pass them.
		byte[] frame = { '0', '1', '0', (byte) 0xB0, '1', '1', '1', '1' };

		assertThatThrownBy(() -> BitCodec.decode(frame)).isInstanceOf(MalformedBitsException.class)
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
