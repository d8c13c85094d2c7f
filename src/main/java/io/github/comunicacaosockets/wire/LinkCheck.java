package io.github.comunicacaosockets.wire;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;

import io.github.comunicacaosockets.config.ChatProperties.Check;

/**
 * The error check of the link layer, on a frame's ASCII bits: what the sender adds to
 * them ({@link #protect}) and what the receiver makes of what arrives ({@link #verify}).
 * One {@code '0'} or {@code '1'} character per bit, as on the wire.
 * <ul>
 * <li>{@code parity}: each byte's 8 bits, then an even-parity bit (9 per byte).</li>
 * <li>{@code crc32}: the frame's bits, then the 32 bits of the CRC-32 of its bytes, most
 * significant first.</li>
 * <li>{@code hamming}: each byte as two Hamming(7,4) codewords, high nibble first, in the
 * textbook order p1 p2 d1 p3 d2 d3 d4 (14 per byte).</li>
 * </ul>
 */
public final class LinkCheck {

	private static final int CRC_BITS = 32;

	private final Check check;

	public LinkCheck(Check check) {
		this.check = check;
	}

	public Check check() {
		return this.check;
	}

	/** The bits of these bytes, with the check's bits added. */
	public byte[] protect(byte[] data) {
		return switch (this.check) {
			case NONE -> BitCodec.encode(data);
			case PARITY -> withParity(data);
			case CRC32 -> withCrc(data);
			case HAMMING -> hamming(data);
		};
	}

	/**
	 * A frame's bits as they go on the wire, grouped for reading: bytes of 8, of 9 with
	 * their parity bit, codewords of 7, and the 32 bits of the CRC as one group.
	 */
	public String grouped(byte[] wire) {
		int group = groupSize();
		int tail = (this.check == Check.CRC32) ? Math.min(CRC_BITS, wire.length) : 0;
		StringBuilder out = new StringBuilder(wire.length + wire.length / group + 1);
		for (int i = 0; i < wire.length - tail; i++) {
			if (i > 0 && i % group == 0) {
				out.append(' ');
			}
			out.append((char) wire[i]);
		}
		if (tail > 0) {
			out.append((out.length() > 0) ? " " : "")
				.append(new String(wire, wire.length - tail, tail, StandardCharsets.US_ASCII));
		}
		return out.toString();
	}

	/** The most bytes of text a frame of this many bits on the wire can carry. */
	public int dataBytesWithin(int wireBits) {
		return switch (this.check) {
			case NONE -> wireBits / 8;
			case PARITY -> wireBits / 9;
			case CRC32 -> Math.max(0, wireBits - CRC_BITS) / 8;
			case HAMMING -> wireBits / 14;
		};
	}

	/**
	 * A frame's bits grouped as {@link #grouped} does, with these groups (from 0: bytes
	 * of 9 for parity) in brackets.
	 */
	public String bracketed(byte[] wire, List<Integer> groups) {
		int group = groupSize();
		StringBuilder out = new StringBuilder();
		for (int i = 0; i * group < wire.length; i++) {
			String bits = new String(wire, i * group, Math.min(group, wire.length - i * group),
					StandardCharsets.US_ASCII);
			out.append((i > 0) ? " " : "").append(groups.contains(i) ? "[" + bits + "]" : bits);
		}
		return out.toString();
	}

	/**
	 * How many bits make one group for reading: a byte, a byte with its parity bit, a
	 * codeword.
	 */
	private int groupSize() {
		return switch (this.check) {
			case NONE, CRC32 -> 8;
			case PARITY -> 9;
			case HAMMING -> 7;
		};
	}

	/**
	 * A line of markers to print under the {@link #grouped} bits of a frame: {@code ^}
	 * under each of these positions (from 0).
	 */
	public String markers(int wireBits, List<Integer> positions) {
		byte[] marks = new byte[wireBits];
		Arrays.fill(marks, (byte) ' ');
		for (int position : positions) {
			if (position < wireBits) {
				marks[position] = '^';
			}
		}
		return grouped(marks).stripTrailing();
	}

	/**
	 * Whether the bit at this position (from 0) of a frame of {@code wireBits} bits on
	 * the wire is one the check added: a parity bit, a Hamming parity bit (p1, p2, p3 of
	 * each codeword), or one of the CRC's.
	 */
	public boolean isCheckBit(int position, int wireBits) {
		return switch (this.check) {
			case NONE -> false;
			case PARITY -> position % 9 == 8;
			case CRC32 -> position >= wireBits - CRC_BITS;
			case HAMMING -> position % 7 == 0 || position % 7 == 1 || position % 7 == 3;
		};
	}

	/** How many bits the check puts on the wire for a frame of this many bytes. */
	public int wireBits(int dataBytes) {
		return switch (this.check) {
			case NONE -> dataBytes * 8;
			case PARITY -> dataBytes * 9;
			case CRC32 -> dataBytes * 8 + CRC_BITS;
			case HAMMING -> dataBytes * 14;
		};
	}

	/**
	 * What arrived, checked: the bytes, and whether the check found them intact,
	 * corrected them, or found them damaged.
	 * @param bits ASCII digits only
	 * @throws RejectedFrameException when the number of digits does not fit the check
	 */
	public Checked verify(byte[] bits) {
		return switch (this.check) {
			case NONE -> new Checked(BitCodec.decode(bits), Outcome.OK, List.of(), List.of());
			case PARITY -> verifyParity(bits);
			case CRC32 -> verifyCrc(bits);
			case HAMMING -> correctHamming(bits);
		};
	}

	private static byte[] withParity(byte[] data) {
		byte[] out = new byte[data.length * 9];
		for (int i = 0; i < data.length; i++) {
			int value = data[i] & 0xFF;
			for (int bit = 0; bit < 8; bit++) {
				out[i * 9 + bit] = digit((value >> (7 - bit)) & 1);
			}
			out[i * 9 + 8] = digit(Integer.bitCount(value) & 1);
		}
		return out;
	}

	private static Checked verifyParity(byte[] bits) {
		requireMultiple(bits, 9);
		byte[] data = new byte[bits.length / 9];
		List<Integer> badBytes = new ArrayList<>();
		List<Integer> suspect = new ArrayList<>();
		for (int i = 0; i < data.length; i++) {
			int ones = 0;
			int value = 0;
			for (int bit = 0; bit < 9; bit++) {
				int one = bits[i * 9 + bit] - '0';
				ones += one;
				if (bit < 8) {
					value = (value << 1) | one;
				}
			}
			data[i] = (byte) value;
			if ((ones & 1) != 0) {
				badBytes.add(i);
				for (int bit = 0; bit < 9; bit++) {
					suspect.add(i * 9 + bit);
				}
			}
		}
		return badBytes.isEmpty() ? new Checked(data, Outcome.OK, List.of(), List.of())
				: new Checked(data, Outcome.DETECTED, suspect, badBytes);
	}

	private static byte[] withCrc(byte[] data) {
		byte[] bits = BitCodec.encode(data);
		byte[] out = new byte[bits.length + CRC_BITS];
		System.arraycopy(bits, 0, out, 0, bits.length);
		long crc = crc32(data, data.length);
		for (int bit = 0; bit < CRC_BITS; bit++) {
			out[bits.length + bit] = digit((int) (crc >> (CRC_BITS - 1 - bit)) & 1);
		}
		return out;
	}

	private static Checked verifyCrc(byte[] bits) {
		if (bits.length <= CRC_BITS || bits.length % 8 != 0) {
			throw RejectedFrameException.malformedBits(bits.length, "rejection.check.crc-length", bits.length);
		}
		int dataBits = bits.length - CRC_BITS;
		byte[] data = BitCodec.decode(Arrays.copyOf(bits, dataBits));
		long received = 0;
		for (int bit = 0; bit < CRC_BITS; bit++) {
			received = (received << 1) | (bits[dataBits + bit] - '0');
		}
		if (received == crc32(data, data.length)) {
			return new Checked(data, Outcome.OK, List.of(), List.of());
		}
		List<Integer> suspect = new ArrayList<>();
		for (int bit = 0; bit < bits.length; bit++) {
			suspect.add(bit);
		}
		return new Checked(data, Outcome.DETECTED, suspect, List.of());
	}

	/**
	 * Whether these bytes end with the CRC-32 of the bytes before it, as a frame with the
	 * {@code crc32} check does: one chance in 2^32 for any other frame.
	 */
	static boolean endsWithItsCrc(byte[] bytes) {
		int length = bytes.length - CRC_BITS / 8;
		if (length < 1) {
			return false;
		}
		long trailer = 0;
		for (int i = length; i < bytes.length; i++) {
			trailer = (trailer << 8) | (bytes[i] & 0xFF);
		}
		return trailer == crc32(bytes, length);
	}

	private static long crc32(byte[] data, int length) {
		CRC32 crc = new CRC32();
		crc.update(data, 0, length);
		return crc.getValue();
	}

	private static byte[] hamming(byte[] data) {
		byte[] out = new byte[data.length * 14];
		for (int i = 0; i < data.length; i++) {
			int value = data[i] & 0xFF;
			writeCodeword(value >> 4, out, i * 14);
			writeCodeword(value & 0xF, out, i * 14 + 7);
		}
		return out;
	}

	/** A nibble d1 d2 d3 d4 (d1 its most significant bit) as p1 p2 d1 p3 d2 d3 d4. */
	private static void writeCodeword(int nibble, byte[] out, int at) {
		int d1 = (nibble >> 3) & 1;
		int d2 = (nibble >> 2) & 1;
		int d3 = (nibble >> 1) & 1;
		int d4 = nibble & 1;
		int[] codeword = { d1 ^ d2 ^ d4, d1 ^ d3 ^ d4, d1, d2 ^ d3 ^ d4, d2, d3, d4 };
		for (int position = 0; position < 7; position++) {
			out[at + position] = digit(codeword[position]);
		}
	}

	private static Checked correctHamming(byte[] bits) {
		requireMultiple(bits, 14);
		byte[] data = new byte[bits.length / 14];
		List<Integer> corrected = new ArrayList<>();
		for (int i = 0; i < data.length; i++) {
			int high = readCodeword(bits, i * 14, corrected);
			int low = readCodeword(bits, i * 14 + 7, corrected);
			data[i] = (byte) ((high << 4) | low);
		}
		return corrected.isEmpty() ? new Checked(data, Outcome.OK, List.of(), List.of())
				: new Checked(data, Outcome.CORRECTED, corrected, List.of());
	}

	/**
	 * Reads one codeword, correcting the bit its syndrome names (positions 1 to 7, the
	 * syndrome's value), and returns its nibble.
	 */
	private static int readCodeword(byte[] bits, int at, List<Integer> corrected) {
		int[] c = new int[8];
		for (int position = 1; position <= 7; position++) {
			c[position] = bits[at + position - 1] - '0';
		}
		int syndrome = (c[1] ^ c[3] ^ c[5] ^ c[7]) | (c[2] ^ c[3] ^ c[6] ^ c[7]) << 1
				| (c[4] ^ c[5] ^ c[6] ^ c[7]) << 2;
		if (syndrome != 0) {
			c[syndrome] ^= 1;
			corrected.add(at + syndrome - 1);
		}
		return c[3] << 3 | c[5] << 2 | c[6] << 1 | c[7];
	}

	private static void requireMultiple(byte[] bits, int groupSize) {
		if (bits.length % groupSize != 0) {
			throw RejectedFrameException.malformedBits(bits.length, "rejection.check.length", bits.length, groupSize);
		}
	}

	private static byte digit(int bit) {
		return (byte) ('0' + bit);
	}

	/** What the check found. */
	public enum Outcome {

		/** Nothing wrong. */
		OK,

		/** One or more bits were wrong and have been put right. */
		CORRECTED,

		/** The frame is damaged and cannot be put right. */
		DETECTED;

		/** The value of the {@code outcome} tag on {@code chat.frames.checked}. */
		public String tag() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * A frame after its check.
	 *
	 * @param data the bytes (as received, when the check found damage it cannot repair)
	 * @param outcome what the check found
	 * @param positions the bit positions on the wire (from 0) it corrected, or suspects
	 * @param badBytes for parity, the bytes (from 0) whose parity failed
	 */
	public record Checked(byte[] data, Outcome outcome, List<Integer> positions, List<Integer> badBytes) {
	}

}
