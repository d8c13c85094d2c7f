package io.github.comunicacaosockets.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A line code: how bits become the levels of a signal on the wire, drawn with box-drawing
 * characters, each bit's cell under the bit. Each cell has two halves, so that
 * Manchester's transition in the middle of the cell shows.
 */
public enum LineCode {

	/** NRZ (NRZ-L): high for 1, low for 0, the whole cell. */
	NRZ,

	/**
	 * NRZI: a 1 changes the level at the start of its cell, a 0 keeps it; the line starts
	 * low.
	 */
	NRZI,

	/**
	 * Manchester, as IEEE 802.3: a 0 goes from high to low in the middle of its cell, a 1
	 * from low to high.
	 */
	MANCHESTER;

	/** Columns per bit: two per half cell. */
	public static final int CELL = 4;

	public static Optional<LineCode> named(String name) {
		for (LineCode code : values()) {
			if (code.name().equalsIgnoreCase(name)) {
				return Optional.of(code);
			}
		}
		return Optional.empty();
	}

	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The level of each half cell, {@code true} for high. */
	public boolean[] levels(String bits) {
		boolean[] halves = new boolean[bits.length() * 2];
		boolean level = false;
		for (int i = 0; i < bits.length(); i++) {
			boolean one = bits.charAt(i) == '1';
			switch (this) {
				case NRZ -> {
					halves[2 * i] = one;
					halves[2 * i + 1] = one;
				}
				case NRZI -> {
					level = one != level;
					halves[2 * i] = level;
					halves[2 * i + 1] = level;
				}
				case MANCHESTER -> {
					halves[2 * i] = !one;
					halves[2 * i + 1] = one;
				}
			}
		}
		return halves;
	}

	/**
	 * The drawing: per line of at most {@code width} columns, a row of bits, then the
	 * signal's high, middle and low rows. Lines break between whole bytes when a byte
	 * fits.
	 * @param bits ASCII 0 and 1, without separators
	 */
	public List<String> draw(String bits, int width) {
		boolean[] halves = levels(bits);
		int perLine = Math.max(1, width / CELL);
		if (perLine >= 8) {
			perLine -= perLine % 8;
		}
		List<String> lines = new ArrayList<>();
		boolean previous = halves.length > 0 && halves[0];
		for (int start = 0; start < bits.length(); start += perLine) {
			int end = Math.min(bits.length(), start + perLine);
			StringBuilder digits = new StringBuilder();
			StringBuilder high = new StringBuilder();
			StringBuilder middle = new StringBuilder();
			StringBuilder low = new StringBuilder();
			for (int i = start; i < end; i++) {
				digits.append(' ').append(bits.charAt(i)).append("  ");
				for (int half = 2 * i; half <= 2 * i + 1; half++) {
					boolean level = halves[half];
					if (level == previous) {
						high.append(level ? '─' : ' ');
						middle.append(' ');
						low.append(level ? ' ' : '─');
					}
					else {
						high.append(level ? '┌' : '┐');
						middle.append('│');
						low.append(level ? '┘' : '└');
					}
					high.append(level ? '─' : ' ');
					middle.append(' ');
					low.append(level ? ' ' : '─');
					previous = level;
				}
			}
			lines.add(digits.toString().stripTrailing());
			lines.add(high.toString());
			lines.add(middle.toString());
			lines.add(low.toString());
		}
		return lines;
	}

}
