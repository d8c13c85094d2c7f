package io.github.comunicacaosockets.codec;

import java.nio.charset.StandardCharsets;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import io.github.comunicacaosockets.support.ConsoleTexts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

@Label("BitCodec properties")
class BitCodecProperties {

	@Property(tries = 2000)
	@Label("decoding the encoding of any bytes gives the same bytes")
	void roundTripsAnyBytes(@ForAll byte[] bytes) {
		assertThat(BitCodec.decode(BitCodec.encode(bytes))).containsExactly(bytes);
	}

	@Property(tries = 2000)
	@Label("encoding matches the naive Integer.toBinaryString rendering, byte by byte")
	void agreesWithNaiveEncoding(@ForAll byte[] bytes) {
		StringBuilder naive = new StringBuilder();
		for (byte b : bytes) {
			naive.append(String.format("%8s", Integer.toBinaryString(b & 0xFF)).replace(' ', '0'));
		}

		assertThat(new String(BitCodec.encode(bytes), StandardCharsets.US_ASCII)).isEqualTo(naive.toString());
	}

	@Property(tries = 2000)
	@Label("any text, every code point up to 4 UTF-8 bytes, survives text -> bits -> text")
	void roundTripsAnyText(@ForAll("anyCodePoints") String text) {
		byte[] bits = BitCodec.encode(text.getBytes(StandardCharsets.UTF_8));

		assertThat(bits.length % 8).isZero();
		assertThat(new String(BitCodec.decode(bits), StandardCharsets.UTF_8)).isEqualTo(text);
	}

	@Property(tries = 2000)
	@Label("spaces inserted anywhere do not change the decoded bytes")
	void ignoresSpacesAnywhere(@ForAll byte[] bytes, @ForAll("positions") int every) {
		String bits = new String(BitCodec.encode(bytes), StandardCharsets.US_ASCII);
		String spaced = bits.replaceAll("(.{" + every + "})", "$1 ");

		assertThat(BitCodec.decode(spaced.getBytes(StandardCharsets.US_ASCII))).containsExactly(bytes);
	}

	@Property(tries = 5000)
	@Label("any frame either decodes or is rejected with MalformedBitsException, nothing else")
	void decodesOrRejectsAnyFrame(@ForAll("frames") byte[] frame) {
		Throwable thrown = catchThrowable(() -> BitCodec.decode(frame));

		if (thrown != null) {
			assertThat(thrown).isInstanceOf(MalformedBitsException.class);
			assertThat(ConsoleTexts.portuguese().get(((MalformedBitsException) thrown).description()))
				.doesNotContain("null")
				.doesNotContainPattern("\\{\\d+\\}");
		}
	}

	@Property(tries = 1000)
	@Label("a digit count that is not a multiple of 8 is always rejected")
	void rejectsPartialOctets(@ForAll byte[] bytes, @ForAll("extraDigits") String extra) {
		String bits = new String(BitCodec.encode(bytes), StandardCharsets.US_ASCII) + extra;

		assertThatThrownBy(() -> BitCodec.decode(bits.getBytes(StandardCharsets.US_ASCII)))
			.isInstanceOf(MalformedBitsException.class);
	}

	@Provide
	Arbitrary<String> anyCodePoints() {
		Arbitrary<Integer> codePoints = Arbitraries.oneOf(Arbitraries.integers().between(0, 0x7F),
				Arbitraries.integers().between(0x80, 0x7FF), Arbitraries.integers().between(0x800, 0xD7FF),
				Arbitraries.integers().between(0xE000, 0xFFFF), Arbitraries.integers().between(0x10000, 0x10FFFF));
		return codePoints.list()
			.ofMaxSize(64)
			.map((list) -> list.stream()
				.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
				.toString());
	}

	@Provide
	Arbitrary<Integer> positions() {
		return Arbitraries.integers().between(1, 16);
	}

	@Provide
	Arbitrary<String> extraDigits() {
		return Arbitraries.strings().withChars('0', '1').ofMinLength(1).ofMaxLength(7);
	}

	@Provide
	Arbitrary<byte[]> frames() {
		Arbitrary<Byte> likely = Arbitraries.of((byte) '0', (byte) '1', (byte) ' ', (byte) '\t', (byte) 'x',
				(byte) 0xB0, (byte) 0x31, (byte) 0);
		return Arbitraries.oneOf(Arbitraries.bytes(), likely).array(byte[].class).ofMaxSize(80);
	}

}
