package io.github.comunicacaosockets.wire;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns bytes into their bits written as ASCII {@code '0'}/{@code '1'} (eight characters
 * per byte, most significant bit first) and back.
 * <p>
 * Both directions work eight characters at a time: encoding copies one precomputed
 * {@code long} per byte, decoding checks and packs eight digits with a few {@code long}
 * operations, so no per-byte formatting or allocation happens.
 */
public final class BitCodec {

	/** Bits per byte, and characters per encoded byte. */
	public static final int BITS_PER_BYTE = 8;

	private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

	/**
	 * The eight ASCII digits of every byte value, packed so that a big-endian write puts
	 * bit 7 first.
	 */
	private static final long[] DIGITS = new long[256];

	private static final long ALL_ZERO_DIGITS = 0x3030303030303030L;

	private static final long DIGIT_MASK = 0xFEFEFEFEFEFEFEFEL;

	private static final long LOW_BITS = 0x0101010101010101L;

	/**
	 * Moves the low bit of each of the eight bytes into the top byte, first byte highest.
	 */
	private static final long GATHER = 0x0102040810204080L;

	static {
		for (int value = 0; value < 256; value++) {
			long packed = 0;
			for (int bit = 7; bit >= 0; bit--) {
				packed = (packed << 8) | ('0' + ((value >>> bit) & 1));
			}
			DIGITS[value] = packed;
		}
	}

	private BitCodec() {
	}

	/**
	 * Encodes bytes as their bits.
	 * @param bytes the bytes to encode
	 * @return eight ASCII digits per input byte
	 */
	public static byte[] encode(byte[] bytes) {
		byte[] bits = new byte[bytes.length * BITS_PER_BYTE];
		for (int i = 0, o = 0; i < bytes.length; i++, o += BITS_PER_BYTE) {
			LONGS.set(bits, o, DIGITS[bytes[i] & 0xFF]);
		}
		return bits;
	}

	/**
	 * Decodes ASCII bits back into bytes. Spaces and tabs anywhere are ignored, so octets
	 * typed with separators ({@code 01001111 01101100}) are accepted.
	 * @param bits the ASCII digits
	 * @return the bytes they spell
	 * @throws RejectedFrameException ({@link RejectionReason#MALFORMED_BITS}) if a
	 * character other than {@code 0}, {@code 1}, space or tab appears, or the number of
	 * digits is not a multiple of eight
	 */
	public static byte[] decode(byte[] bits) {
		byte[] digits = (bits.length % BITS_PER_BYTE == 0 && isOnlyDigits(bits)) ? bits : withoutSeparators(bits);
		return decodeDigits(digits);
	}

	private static boolean isOnlyDigits(byte[] bits) {
		for (int i = 0; i < bits.length; i += BITS_PER_BYTE) {
			long chunk = (long) LONGS.get(bits, i);
			if ((chunk & DIGIT_MASK) != ALL_ZERO_DIGITS) {
				return false;
			}
		}
		return true;
	}

	private static byte[] withoutSeparators(byte[] bits) {
		byte[] digits = digits(bits);
		if (digits.length % BITS_PER_BYTE != 0) {
			throw RejectedFrameException.malformedBits(bits.length, "rejection.malformed-bits.octet", digits.length);
		}
		return digits;
	}

	/**
	 * The ASCII digits of a frame, without the spaces and tabs that may separate them.
	 * @throws RejectedFrameException ({@link RejectionReason#MALFORMED_BITS}) on any
	 * other character
	 */
	public static byte[] digits(byte[] bits) {
		byte[] digits = new byte[bits.length];
		int count = 0;
		for (int i = 0; i < bits.length; i++) {
			byte c = bits[i];
			if (c == '0' || c == '1') {
				digits[count++] = c;
			}
			else if (c != ' ' && c != '\t') {
				throw unexpectedCharacter(bits.length, c, i);
			}
		}
		return (count == bits.length) ? bits : Arrays.copyOf(digits, count);
	}

	private static RejectedFrameException unexpectedCharacter(int frameBytes, byte character, int position) {
		int value = character & 0xFF;
		String shown = (value >= 0x21 && value < 0x7F) ? "'" + (char) value + "'" : String.format("0x%02X", value);
		return RejectedFrameException.malformedBits(frameBytes, "rejection.malformed-bits.character", shown,
				position + 1);
	}

	private static byte[] decodeDigits(byte[] digits) {
		byte[] bytes = new byte[digits.length / BITS_PER_BYTE];
		for (int i = 0, o = 0; o < bytes.length; i += BITS_PER_BYTE, o++) {
			long chunk = (long) LONGS.get(digits, i);
			bytes[o] = (byte) (((chunk & LOW_BITS) * GATHER) >>> 56);
		}
		return bytes;
	}

	/**
	 * Writes ASCII bits for reading: a space after every eight digits.
	 * @param bits ASCII digits, a multiple of eight long
	 * @return the digits in groups of eight
	 */
	public static String grouped(byte[] bits) {
		int groups = bits.length / BITS_PER_BYTE;
		if (groups == 0) {
			return "";
		}
		byte[] text = new byte[bits.length + groups - 1];
		for (int g = 0, o = 0; g < groups; g++) {
			if (g > 0) {
				text[o++] = ' ';
			}
			System.arraycopy(bits, g * BITS_PER_BYTE, text, o, BITS_PER_BYTE);
			o += BITS_PER_BYTE;
		}
		return new String(text, StandardCharsets.US_ASCII);
	}

}
