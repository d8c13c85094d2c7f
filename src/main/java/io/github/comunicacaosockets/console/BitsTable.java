package io.github.comunicacaosockets.console;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import io.github.comunicacaosockets.codec.BitCodec;
import io.github.comunicacaosockets.codec.BitTransformer;
import io.github.comunicacaosockets.config.ChatProperties.Framing;
import io.github.comunicacaosockets.i18n.ConsoleText;

/**
 * What {@code bits <texto>} prints: each character (code point) of a text with its number, its
 * UTF-8 bytes and their bits, then what the whole text costs on the wire as this process sends it.
 * Combining marks are code points of their own and get their own row; characters that print as
 * nothing get a visible stand-in.
 */
final class BitsTable {

	private static final String ROW = "%-10s %-10s %-13s %s";

	private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();

	private BitsTable() {
	}

	static List<String> of(String text, BitTransformer transformer, Framing framing, ConsoleText words) {
		List<String> lines = new ArrayList<>();
		lines.add(String.format(ROW, words.get("bits.header.character"), words.get("bits.header.code-point"),
				words.get("bits.header.utf8"), words.get("bits.header.bits")));
		text.codePoints().forEach((codePoint) -> {
			byte[] utf8 = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
			lines.add(String.format(ROW, shown(codePoint), String.format("U+%04X", codePoint), HEX.formatHex(utf8),
					BitCodec.grouped(BitCodec.encode(utf8))));
		});
		int characters = (int) text.codePoints().count();
		int bytes = text.getBytes(StandardCharsets.UTF_8).length;
		int onTheWire = transformer.toWire(text).length + ((framing == Framing.LINE) ? 1 : 0);
		lines.add(words.get("bits.total", words.count("bits.characters", characters), words.count("bytes", bytes),
				bytes * BitCodec.BITS_PER_BYTE, onTheWire, wire(transformer, framing, words)));
		return lines;
	}

	private static String wire(BitTransformer transformer, Framing framing, ConsoleText words) {
		String payload = words.get("bits.wire." + transformer.encoding().name().toLowerCase(Locale.ROOT));
		return words.get("bits.wire." + framing.name().toLowerCase(Locale.ROOT), payload);
	}

	/** The character as it can be seen: a dotted circle under a combining mark, a symbol for the invisible ones. */
	private static String shown(int codePoint) {
		int type = Character.getType(codePoint);
		if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
				|| type == Character.COMBINING_SPACING_MARK) {
			return "\u25CC" + Character.toString(codePoint);
		}
		if (codePoint == ' ') {
			return "\u2420";
		}
		if (codePoint < 0x20) {
			return Character.toString(0x2400 + codePoint);
		}
		if (codePoint == 0x7F) {
			return "\u2421";
		}
		return Character.toString(codePoint);
	}

}
