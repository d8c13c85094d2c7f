package io.github.comunicacaosockets.wire;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.github.comunicacaosockets.config.ChatProperties.Encoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("BitTransformer")
class BitTransformerTest {

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	@Nested
	@DisplayName("with the bits encoding")
	class Bits {

		private final BitTransformer transformer = new BitTransformer(Encoding.BITS);

		@Test
		@DisplayName("puts the text's bits on the wire")
		void encodesTextAsBits() {
			assertThat(new String(this.transformer.toWire("Olá"), StandardCharsets.US_ASCII))
				.isEqualTo("01001111011011001100001110100001");
		}

		@Test
		@DisplayName("reads bits from the wire back into the text, its bits and its size")
		void decodesBits() {
			ReceivedText received = this.transformer.fromWire(ascii("01001111011011001100001110100001"));

			assertThat(received.text()).isEqualTo("Olá");
			assertThat(received.bits()).isEqualTo("01001111 01101100 11000011 10100001");
			assertThat(received.byteCount()).isEqualTo(4);
			assertThat(received.validUtf8()).isTrue();
		}

		@Test
		@DisplayName("shows typed separators normalised to one space per octet")
		void normalisesSeparators() {
			ReceivedText received = this.transformer.fromWire(ascii("0100 1111    01101100"));

			assertThat(received.bits()).isEqualTo("01001111 01101100");
			assertThat(received.text()).isEqualTo("Ol");
		}

		@Test
		@DisplayName("rejects malformed bits with the reason malformed-bits")
		void rejectsMalformedBits() {
			assertThatThrownBy(() -> this.transformer.fromWire(ascii("01x")))
				.isInstanceOfSatisfying(RejectedFrameException.class,
						(ex) -> assertThat(ex.reason()).isEqualTo(RejectionReason.MALFORMED_BITS))
				.hasMessageContaining("'x'");
		}

		@Test
		@DisplayName("rejects a frame of only spaces as empty")
		void rejectsBlankFrames() {
			assertThatThrownBy(() -> this.transformer.fromWire(ascii("  "))).isInstanceOfSatisfying(
					RejectedFrameException.class, (ex) -> assertThat(ex.reason()).isEqualTo(RejectionReason.EMPTY));
		}

		@Test
		@DisplayName("flags bytes that are not UTF-8 and shows them as U+FFFD")
		void flagsInvalidUtf8() {
			ReceivedText received = this.transformer.fromWire(ascii("01001111 11000011"));

			assertThat(received.validUtf8()).isFalse();
			assertThat(received.text()).isEqualTo("O\uFFFD");
			assertThat(received.byteCount()).isEqualTo(2);
		}

	}

	@Nested
	@DisplayName("with the bytes encoding")
	class Bytes {

		private final BitTransformer transformer = new BitTransformer(Encoding.BYTES);

		@Test
		@DisplayName("puts the UTF-8 bytes themselves on the wire")
		void encodesTextAsBytes() {
			assertThat(this.transformer.toWire("Olá")).containsExactly("Olá".getBytes(StandardCharsets.UTF_8));
		}

		@Test
		@DisplayName("still shows the bits of what it received")
		void showsBitsOfBytes() {
			ReceivedText received = this.transformer.fromWire("oi".getBytes(StandardCharsets.UTF_8));

			assertThat(received.text()).isEqualTo("oi");
			assertThat(received.bits()).isEqualTo("01101111 01101001");
			assertThat(received.byteCount()).isEqualTo(2);
			assertThat(received.validUtf8()).isTrue();
		}

		@Test
		@DisplayName("rejects an empty frame")
		void rejectsEmptyFrames() {
			assertThatThrownBy(() -> this.transformer.fromWire(new byte[0])).isInstanceOfSatisfying(
					RejectedFrameException.class, (ex) -> assertThat(ex.reason()).isEqualTo(RejectionReason.EMPTY));
		}

		@Test
		@DisplayName("flags overlong and surrogate encodings as invalid UTF-8")
		void flagsOverlongAndSurrogates() {
			byte[] overlongSlash = { (byte) 0xC0, (byte) 0xAF };
			byte[] encodedSurrogate = { (byte) 0xED, (byte) 0xA0, (byte) 0x80 };

			assertThat(this.transformer.fromWire(overlongSlash).validUtf8()).isFalse();
			assertThat(this.transformer.fromWire(encodedSurrogate).validUtf8()).isFalse();
		}

	}

	@ParameterizedTest(name = "with the {0} encoding")
	@EnumSource(Encoding.class)
	@DisplayName("shows the bits of what it put on the wire grouped by byte, whatever the encoding")
	void showsBitsOfWhatItEncoded(Encoding encoding) {
		BitTransformer transformer = new BitTransformer(encoding);

		assertThat(transformer.bitsOfWire(transformer.toWire("Olá"))).isEqualTo("01001111 01101100 11000011 10100001");
	}

}
