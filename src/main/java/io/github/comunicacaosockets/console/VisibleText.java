package io.github.comunicacaosockets.console;

/**
 * A peer's text as the console shows it. A terminal obeys some characters instead of
 * showing them: ESC starts sequences that clear the screen, move the cursor or set the
 * window title; CR and backspace go back over a line; BEL rings. A peer could use them to
 * erase what the console showed or forge a line of its own. Here every C0 and C1 control
 * character and DEL becomes a visible stand-in ({@code ␛}, {@code ␍}, {@code ␇}... from
 * Unicode's Control Pictures, or {@code ⟨U+009B⟩}), and so do the characters that reorder
 * text (bidirectional overrides, embeddings, isolates and marks) and the line and
 * paragraph separators. The bits of a message still show its real bytes.
 */
public final class VisibleText {

	private static final char CONTROL_PICTURES = '\u2400';

	private static final char DELETE_PICTURE = '\u2421';

	private VisibleText() {
	}

	/**
	 * The text with every character a terminal would obey shown as a visible stand-in.
	 */
	public static String of(String text) {
		int first = firstObeyed(text);
		if (first < 0) {
			return text;
		}
		StringBuilder shown = new StringBuilder(text.length() + 16).append(text, 0, first);
		text.codePoints().skip(text.codePointCount(0, first)).forEach((codePoint) -> {
			if (codePoint < 0x20) {
				shown.append((char) (CONTROL_PICTURES + codePoint));
			}
			else if (codePoint == 0x7F) {
				shown.append(DELETE_PICTURE);
			}
			else if (isObeyed(codePoint)) {
				shown.append(String.format("\u27E8U+%04X\u27E9", codePoint));
			}
			else {
				shown.appendCodePoint(codePoint);
			}
		});
		return shown.toString();
	}

	private static int firstObeyed(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (isObeyed(text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	private static boolean isObeyed(int codePoint) {
		return codePoint < 0x20 || (codePoint >= 0x7F && codePoint <= 0x9F) || isReordering(codePoint)
				|| codePoint == 0x2028 || codePoint == 0x2029;
	}

	/** Bidirectional marks, embeddings, overrides and isolates. */
	private static boolean isReordering(int codePoint) {
		return codePoint == 0x061C || codePoint == 0x200E || codePoint == 0x200F
				|| (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069);
	}

}
