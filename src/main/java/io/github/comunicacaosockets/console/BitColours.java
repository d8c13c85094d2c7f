package io.github.comunicacaosockets.console;

import java.util.Map;

import org.jline.terminal.Terminal;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.jline.utils.InfoCmp.Capability;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Paints bits for a terminal that shows colour: each 1 bright, each 0 dim, so the pattern
 * of a byte stands out. Anywhere else (no terminal, a dumb one, output to a file or a
 * pipe) bits stay plain text, and so they do wherever the user asked for no colour with
 * {@code NO_COLOR} (no-color.org: set to anything but the empty string).
 */
@Component
public class BitColours {

	private static final AttributedStyle ONE = AttributedStyle.BOLD;

	private static final AttributedStyle ZERO = AttributedStyle.DEFAULT.faint();

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
