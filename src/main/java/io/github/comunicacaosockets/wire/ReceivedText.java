package io.github.comunicacaosockets.wire;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A frame decoded into the message it carries. Its bits are grouped for reading only when
 * asked for: a busy console shows a few messages a second, and the rest never need them.
 */
public final class ReceivedText {

	private final String text;

	private final byte[] digits;

	private final int byteCount;

	private final boolean validUtf8;

	private final List<Integer> corrected;

	private final byte[] arrived;

	private volatile @Nullable String bits;

	/**
	 * @param text the message, with U+FFFD where the bytes were not valid UTF-8
	 * @param digits the message's bytes as ASCII bits, eight per byte, without separators
	 * @param byteCount how many UTF-8 bytes the message has
	 * @param validUtf8 whether the bytes were valid UTF-8
	 */
	public ReceivedText(String text, byte[] digits, int byteCount, boolean validUtf8) {
		this(text, digits, byteCount, validUtf8, List.of(), new byte[0]);
	}

	/**
	 * A message whose frame the link's check repaired.
	 * @param corrected the positions on the wire (from 0) of the bits put right
	 * @param arrived the frame's bits as they arrived, check bits included, before repair
	 */
	public ReceivedText(String text, byte[] digits, int byteCount, boolean validUtf8, List<Integer> corrected,
			byte[] arrived) {
		this.text = text;
		this.digits = digits;
		this.byteCount = byteCount;
		this.validUtf8 = validUtf8;
		this.corrected = List.copyOf(corrected);
		this.arrived = arrived;
	}

	/**
	 * The frame's bits as they arrived, check bits included, before any repair; empty
	 * without a check.
	 */
	public byte[] arrived() {
		return this.arrived;
	}

	/**
	 * The frame's bits as they arrived, one ASCII digit each: check bits included, before
	 * any repair, when the link has a check; else the message's bits.
	 */
	public byte[] wireBits() {
		return (this.arrived.length > 0) ? this.arrived : this.digits;
	}

	/** The positions on the wire (from 0) of the bits the link's check put right. */
	public List<Integer> corrected() {
		return this.corrected;
	}

	public String text() {
		return this.text;
	}

	/** The message's bytes as bits, grouped eight per group for reading. */
	public String bits() {
		String grouped = this.bits;
		if (grouped == null) {
			grouped = BitCodec.grouped(this.digits);
			this.bits = grouped;
		}
		return grouped;
	}

	public int byteCount() {
		return this.byteCount;
	}

	public boolean validUtf8() {
		return this.validUtf8;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof ReceivedText that) && this.text.equals(that.text)
				&& Arrays.equals(this.digits, that.digits) && this.byteCount == that.byteCount
				&& this.validUtf8 == that.validUtf8;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.text, Arrays.hashCode(this.digits), this.byteCount, this.validUtf8);
	}

	@Override
	public String toString() {
		return "ReceivedText[text=" + this.text + ", bits=" + bits() + ", byteCount=" + this.byteCount + ", validUtf8="
				+ this.validUtf8 + "]";
	}

}
