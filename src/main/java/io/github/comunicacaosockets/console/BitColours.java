package io.github.comunicacaosockets.console;

import org.jline.terminal.Terminal;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.jline.utils.InfoCmp.Capability;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Paints bits for a terminal that shows colour: each 1 bright, each 0 dim, so the pattern of a
 * byte stands out. Anywhere else (no terminal, a dumb one, output to a file or a pipe) bits stay
 * plain text.
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
		return (current != null) ? paint(bits, current) : bits;
	}

	static String paint(String bits, Terminal terminal) {
		Integer colours = terminal.getNumericCapability(Capability.max_colors);
		if (Terminal.TYPE_DUMB.equals(terminal.getType()) || colours == null || colours < 8) {
			return bits;
		}
		AttributedStringBuilder painted = new AttributedStringBuilder(bits.length() * 2);
		for (int i = 0; i < bits.length(); i++) {
			char c = bits.charAt(i);
			painted.style((c == '1') ? ONE : (c == '0') ? ZERO : AttributedStyle.DEFAULT).append(c);
		}
		return painted.toAnsi(terminal);
	}

}
