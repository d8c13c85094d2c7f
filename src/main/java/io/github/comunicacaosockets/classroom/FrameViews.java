package io.github.comunicacaosockets.classroom;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.github.comunicacaosockets.config.ChatProperties.Check;
import io.github.comunicacaosockets.config.ChatProperties.Encoding;
import io.github.comunicacaosockets.wire.BitCodec;
import io.github.comunicacaosockets.wire.BitTransformer;
import io.github.comunicacaosockets.wire.LineCode;
import io.github.comunicacaosockets.wire.LinkCheck;
import io.github.comunicacaosockets.wire.ReceivedText;

/**
 * Draws frames for the page the way the console groups them and the way {@link LineCode}
 * codes them, so that the page and the terminal never tell two stories.
 */
@Component
class FrameViews {

	/** How wide one bit's cell is in the signal's drawing. */
	static final int CELL = 32;

	/** Where a high level is drawn; y grows downwards. */
	static final int HIGH = 4;

	/** Where a low level is drawn. */
	static final int LOW = 28;

	/** The most bits a frame shows: 64 bytes of text, with their check bits. */
	static final int MOST_BITS = 1024;

	private final BitTransformer bitTransformer;

	private final LinkCheck layout;

	FrameViews(BitTransformer bitTransformer) {
		this.bitTransformer = bitTransformer;
		this.layout = (bitTransformer.encoding() == Encoding.BITS) ? bitTransformer.linkCheck()
				: new LinkCheck(Check.NONE);
	}

	/** A frame that arrived: its bits as they arrived, and those the check put right. */
	FrameView received(ReceivedText message) {
		return of(message.wireBits(), List.of(), message.corrected());
	}

	/** The frame this side sends for a message, as it leaves before any noise. */
	FrameView sent(String text) {
		byte[] wire = this.bitTransformer.toWire(text);
		return of((this.bitTransformer.encoding() == Encoding.BITS) ? wire : BitCodec.encode(wire), List.of(),
				List.of());
	}

	/** A frame as the noise left it, with the bits it flipped. */
	FrameView flipped(String wire, List<Integer> flipped) {
		return of(wire.getBytes(StandardCharsets.US_ASCII), flipped, List.of());
	}

	private FrameView of(byte[] digits, List<Integer> flipped, List<Integer> corrected) {
		List<String> groups = new ArrayList<>();
		int shown = 0;
		for (String group : this.layout.grouped(digits).split(" ")) {
			if (group.isEmpty() || shown + group.length() > MOST_BITS) {
				break;
			}
			groups.add(group);
			shown += group.length();
		}
		List<Integer> checkBits = new ArrayList<>();
		for (int position = 0; position < shown; position++) {
			if (this.layout.isCheckBit(position, digits.length)) {
				checkBits.add(position);
			}
		}
		String bits = new String(digits, 0, shown, StandardCharsets.US_ASCII);
		Map<String, List<String>> signal = new LinkedHashMap<>();
		for (LineCode code : LineCode.values()) {
			signal.put(code.label(), paths(code.levels(bits), groups));
		}
		return new FrameView(groups, checkBits, within(flipped, shown), within(corrected, shown), signal, digits.length,
				shown < digits.length);
	}

	private static List<Integer> within(List<Integer> positions, int shown) {
		return positions.stream().filter((position) -> position < shown).toList();
	}

	/**
	 * One SVG path per group: the level of each half cell, a vertical edge where it
	 * changes, starting from where the group before it ended.
	 */
	static List<String> paths(boolean[] halves, List<String> groups) {
		List<String> paths = new ArrayList<>(groups.size());
		int half = 0;
		boolean previous = halves.length > 0 && halves[0];
		for (String group : groups) {
			StringBuilder path = new StringBuilder("M0 ").append(y(previous));
			for (int i = 0; i < group.length() * 2; i++, half++) {
				boolean level = halves[half];
				if (level != previous) {
					path.append(" V").append(y(level));
				}
				path.append(" H").append((i + 1) * CELL / 2);
				previous = level;
			}
			paths.add(path.toString());
		}
		return paths;
	}

	private static int y(boolean high) {
		return high ? HIGH : LOW;
	}

}
