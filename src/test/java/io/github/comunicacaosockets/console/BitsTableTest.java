package io.github.comunicacaosockets.console;

import java.util.List;

import org.jline.utils.WCWidth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.github.comunicacaosockets.config.ChatProperties.Check;
import io.github.comunicacaosockets.config.ChatProperties.Encoding;
import io.github.comunicacaosockets.config.ChatProperties.Framing;
import io.github.comunicacaosockets.i18n.ConsoleText;
import io.github.comunicacaosockets.support.ConsoleTexts;
import io.github.comunicacaosockets.wire.BitTransformer;
import io.github.comunicacaosockets.wire.LinkCheck;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The table of 'bits <texto>'")
class BitsTableTest {

	private static final BitTransformer BITS = new BitTransformer(Encoding.BITS);

	private static final ConsoleText PORTUGUESE = ConsoleTexts.portuguese();

	@Test
	@DisplayName("has a row per character, for 1- to 4-byte characters, and a total with the line end")
	void rowsForOneToFourBytes() {
		assertThat(BitsTable.of("Aá€👋", BITS, Framing.LINE, PORTUGUESE)).containsExactly(
				"caractere  código     UTF-8 (hex)   bits", "A          U+0041     41            01000001",
				"á          U+00E1     C3 A1         11000011 10100001",
				"€          U+20AC     E2 82 AC      11100010 10000010 10101100",
				// two columns on a terminal
				"👋         U+1F44B    F0 9F 91 8B   11110000 10011111 10010001 10001011",
				"Total: 4 caracteres, 10 bytes em UTF-8, 80 bits; 81 bytes no fio "
						+ "(cada bit como um caractere 0 ou 1 + fim de linha).");
	}

	@Test
	@DisplayName("gives a combining mark its own row, over a dotted circle, and shows a space")
	void combiningMarksAndSpaces() {
		assertThat(BitsTable.of("e\u0301 ", BITS, Framing.LINE, PORTUGUESE)).contains(
				"e          U+0065     65            01100101",
				"\u25CC\u0301          U+0301     CC 81         11001100 10000001",
				"\u2420          U+0020     20            00100000");
	}

	@Test
	@DisplayName("lines up its columns on a terminal: East Asian wide characters and emoji take two columns, marks none")
	void alignsWideCharacters() {
		List<String> rows = BitsTable.of("A日👋e\u0301한", BITS, Framing.LINE, PORTUGUESE);

		assertThat(rows).contains("日         U+65E5     E6 97 A5      11100110 10010111 10100101");
		assertThat(rows.subList(0, rows.size() - 1)).extracting(BitsTableTest::columnOfCodePoint).containsOnly(11);
	}

	@Test
	@DisplayName("shows zero-width, format and other invisible characters as a dotted square")
	void showsInvisibleCharacters() {
		assertThat(BitsTable.of("a\u200Bb\u00A0\uFEFF\u2028", BITS, Framing.LINE, PORTUGUESE)).contains(
				"\u2B1A          U+200B     E2 80 8B      11100010 10000000 10001011",
				"\u2B1A          U+00A0     C2 A0         11000010 10100000",
				"\u2B1A          U+FEFF     EF BB BF      11101111 10111011 10111111",
				"\u2B1A          U+2028     E2 80 A8      11100010 10000000 10101000");
	}

	/**
	 * The terminal column where the code point column starts (the header's starts with
	 * its title).
	 */
	private static int columnOfCodePoint(String row) {
		int start = row.contains("U+") ? row.indexOf("U+") : row.indexOf(PORTUGUESE.get("bits.header.code-point"));
		return row.substring(0, start).codePoints().map((codePoint) -> Math.max(0, WCWidth.wcwidth(codePoint))).sum();
	}

	@Test
	@DisplayName("counts the wire as this process sends: UTF-8 bytes, raw reads without a line end")
	void countsTheWireOfEachMode() {
		BitTransformer bytes = new BitTransformer(Encoding.BYTES);

		assertThat(BitsTable.of("oi", bytes, Framing.RAW, PORTUGUESE)).last()
			.isEqualTo(
					"Total: 2 caracteres, 2 bytes em UTF-8, 16 bits; 2 bytes no fio (os bytes UTF-8, sem fim de linha).");
		assertThat(BitsTable.of("é", bytes, Framing.LINE, PORTUGUESE)).last()
			.isEqualTo(
					"Total: 1 caractere, 2 bytes em UTF-8, 16 bits; 3 bytes no fio (os bytes UTF-8 + fim de linha).");
	}

	@Test
	@DisplayName("speaks English with chat.locale=en: headers, plurals and the wire")
	void inEnglish() {
		ConsoleText english = ConsoleTexts.english();

		assertThat(BitsTable.of("á", BITS, Framing.LINE, english)).containsExactly(
				"character  code point UTF-8 (hex)   bits", "á          U+00E1     C3 A1         11000011 10100001",
				"Total: 1 character, 2 bytes in UTF-8, 16 bits; 17 bytes on the wire "
						+ "(each bit as a 0 or 1 character + line end).");
		assertThat(BitsTable.of("oi", new BitTransformer(Encoding.BYTES), Framing.RAW, english)).last()
			.isEqualTo(
					"Total: 2 characters, 2 bytes in UTF-8, 16 bits; 2 bytes on the wire (the UTF-8 bytes, no line end).");
	}

	@Test
	@DisplayName("with a check on, shows the bits on the wire with their check bits, and what the check costs")
	void showsTheCheckBits() {
		BitTransformer hamming = new BitTransformer(Encoding.BITS, new LinkCheck(Check.HAMMING));

		assertThat(BitsTable.of("O", hamming, Framing.LINE, PORTUGUESE)).contains(
				"Total: 1 caractere, 1 byte em UTF-8, 8 bits; 15 bytes no fio (cada bit como um caractere 0 ou 1 + fim de linha).",
				"No fio, com a verificação hamming: 1001100 1111111 (6 bits de verificação, 75% a mais).");
		assertThat(BitsTable.of("Oi", new BitTransformer(Encoding.BITS, new LinkCheck(Check.PARITY)), Framing.LINE,
				PORTUGUESE))
			.contains("No fio, com a verificação parity: 010011111 011010010 (2 bits de verificação, 13% a mais).");
	}

}
