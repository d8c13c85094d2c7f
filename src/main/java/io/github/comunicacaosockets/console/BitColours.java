package io.github.comunicacaosockets.console;

import java.util.Map;

import org.jline.terminal.Terminal;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.jline.utils.InfoCmp.Capability;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Paints bits for a terminal that shows colour: each 1 bright, each 0 dim, so the pattern
 * of a byte stands out. Anywhere else (no terminal, a dumb one, output to a file or a
 * pipe) bits stay plain text, and so they do wherever the user asked for no colour with
 * {@code NO_COLOR} (no-color.org: set to anything but the empty string).
 */
@Component
class BitColours {

	private static final AttributedStyle ONE = AttributedStyle.BOLD;

	private static final AttributedStyle ZERO = AttributedStyle.DEFAULT.faint();

	private static final AttributedStyle MARKED = AttributedStyle.BOLD.foreground(AttributedStyle.RED);

	private final ObjectProvider<Terminal> terminal;

	public BitColours(ObjectProvider<Terminal> terminal) {
		this.terminal = terminal;
	}

	/** The bits, coloured if this process's terminal shows colour. */
	public String paint(String bits) {
		Terminal current = this.terminal.getIfAvailable();
		return (current != null) ? paint(bits, current, System.getenv()) : bits;
	}

	static String paint(String bits, Terminal terminal, Map<String, String> environment) {
		if (!showsColour(terminal, environment)) {
			return bits;
		}
		AttributedStringBuilder painted = new AttributedStringBuilder(bits.length() * 2);
		for (int i = 0; i < bits.length(); i++) {
			char c = bits.charAt(i);
			painted.style((c == '1') ? ONE : (c == '0') ? ZERO : AttributedStyle.DEFAULT).append(c);
		}
		return painted.toAnsi(terminal);
	}

	/**
	 * Bits with some of them marked, for a terminal that shows colour: each {@code ^} of
	 * {@code markers} paints the bit above it in red; elsewhere the bits as
	 * {@link #paint} does.
	 * @return the painted bits, or {@code null} where colour is not shown (print the
	 * markers under the bits instead)
	 */
	public @Nullable String paintMarked(String bits, String markers) {
		Terminal current = this.terminal.getIfAvailable();
		if (current == null || !showsColour(current, System.getenv())) {
			return null;
		}
		return paintMarked(bits, markers, current);
	}

	static String paintMarked(String bits, String markers, Terminal terminal) {
		AttributedStringBuilder painted = new AttributedStringBuilder(bits.length() * 2);
		for (int i = 0; i < bits.length(); i++) {
			char c = bits.charAt(i);
			boolean marked = i < markers.length() && markers.charAt(i) == '^';
			painted.style(marked ? MARKED : (c == '1') ? ONE : (c == '0') ? ZERO : AttributedStyle.DEFAULT).append(c);
		}
		return painted.toAnsi(terminal);
	}

	/** Whether colour is both possible on this terminal and wanted by the user. */
	static boolean showsColour(Terminal terminal, Map<String, String> environment) {
		Integer colours = terminal.getNumericCapability(Capability.max_colors);
		return !noColourAsked(environment) && !Terminal.TYPE_DUMB.equals(terminal.getType()) && colours != null
				&& colours >= 8;
	}

	/**
	 * Whether the user asked for no colour at all: {@code NO_COLOR} set, and not empty.
	 */
	static boolean noColourAsked(Map<String, String> environment) {
		String noColour = environment.get("NO_COLOR");
		return noColour != null && !noColour.isEmpty();
	}

}
