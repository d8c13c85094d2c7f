package io.github.comunicacaosockets.console;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.jline.utils.WCWidth;

import io.github.comunicacaosockets.config.ChatProperties.Check;
import io.github.comunicacaosockets.config.ChatProperties.Encoding;
import io.github.comunicacaosockets.config.ChatProperties.Framing;
import io.github.comunicacaosockets.i18n.ConsoleText;
import io.github.comunicacaosockets.wire.BitCodec;
import io.github.comunicacaosockets.wire.BitTransformer;
import io.github.comunicacaosockets.wire.LinkCheck;

/**
 * What {@code bits <texto>} prints: each character (code point) of a text with its
 * number, its UTF-8 bytes and their bits, then what the whole text costs on the wire as
 * this process sends it. Combining marks are code points of their own and get their own
 * row; characters that print as nothing get a visible stand-in.
 */
final class BitsTable {

	private static final String ROW = "%s %-10s %-13s %s";

	/** Terminal columns of the character column. */
	private static final int CHARACTER_COLUMNS = 10;

	/** What stands in for a character that shows as nothing or as blank space. */
	private static final String INVISIBLE = "\u2B1A";

	private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();

	private BitsTable() {
	}

	static List<String> of(String text, BitTransformer transformer, Framing framing, ConsoleText words) {
		List<String> lines = new ArrayList<>();
		lines.add(String.format(ROW, padded(words.get("bits.header.character")), words.get("bits.header.code-point"),
				words.get("bits.header.utf8"), words.get("bits.header.bits")));
		text.codePoints().forEach((codePoint) -> {
			byte[] utf8 = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
			lines.add(String.format(ROW, padded(shown(codePoint)), String.format("U+%04X", codePoint),
					HEX.formatHex(utf8), BitCodec.grouped(BitCodec.encode(utf8))));
		});
		int characters = (int) text.codePoints().count();
		int bytes = text.getBytes(StandardCharsets.UTF_8).length;
		int onTheWire = transformer.toWire(text).length + ((framing == Framing.LINE) ? 1 : 0);
		lines.add(words.get("bits.total", words.count("bits.characters", characters), words.count("bytes", bytes),
				bytes * BitCodec.BITS_PER_BYTE, onTheWire, wire(transformer, framing, words)));
		LinkCheck check = transformer.linkCheck();
		if (transformer.encoding() == Encoding.BITS && check.check() != Check.NONE && bytes > 0) {
			int dataBits = bytes * BitCodec.BITS_PER_BYTE;
			int checkBits = check.wireBits(bytes) - dataBits;
			lines.add(words.get("bits.check", check.check().value(), check.grouped(transformer.toWire(text)), checkBits,
					Math.round(checkBits * 100.0 / dataBits)));
		}
		return lines;
	}

	private static String wire(BitTransformer transformer, Framing framing, ConsoleText words) {
		String payload = words.get("bits.wire." + transformer.encoding().name().toLowerCase(Locale.ROOT));
		return words.get("bits.wire." + framing.name().toLowerCase(Locale.ROOT), payload);
	}

	/**
	 * The text followed by spaces up to the character column's width, in terminal
	 * columns: an East Asian wide character or an emoji takes two, a combining mark none.
	 */
	private static String padded(String text) {
		int columns = text.codePoints().map((codePoint) -> Math.max(0, WCWidth.wcwidth(codePoint))).sum();
		return text + " ".repeat(Math.max(0, CHARACTER_COLUMNS - columns));
	}

	/**
	 * The character as it can be seen: a dotted circle under a combining mark, a control
	 * picture for a control character or a space, and a dotted square for the ones that
	 * show as nothing (zero-width and format characters, C1 controls, separators, other
	 * kinds of space).
	 */
	private static String shown(int codePoint) {
		int type = Character.getType(codePoint);
		if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
				|| type == Character.COMBINING_SPACING_MARK) {
			return "\u25CC" + Character.toString(codePoint);
		}
		if (codePoint == ' ') {
			return "\u2420";
		}
		if (codePoint < 0x20 || codePoint == 0x7F) {
			return VisibleText.of(Character.toString(codePoint));
		}
		if (type == Character.FORMAT || type == Character.CONTROL || type == Character.LINE_SEPARATOR
				|| type == Character.PARAGRAPH_SEPARATOR || type == Character.SPACE_SEPARATOR
				|| type == Character.UNASSIGNED || type == Character.PRIVATE_USE || WCWidth.wcwidth(codePoint) == 0) {
			return INVISIBLE;
		}
		return Character.toString(codePoint);
	}

}
