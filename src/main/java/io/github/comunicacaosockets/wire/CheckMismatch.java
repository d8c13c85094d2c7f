package io.github.comunicacaosockets.wire;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.github.comunicacaosockets.config.ChatProperties.Check;

/**
 * Names the check a peer laid a frame out for, when it is not this side's: both ends of a
 * link must use the same {@code chat.wire.check}, and a frame from a peer with another
 * one is named as such instead of shown garbled or blamed on noise.
 * <p>
 * A layout is recognised only when the frame fits it with no error at all and carries
 * text: a CRC-32 that matches (one chance in 2^32 for any other frame), codewords whose
 * syndromes are all zero (one in 2^6 per byte), parity bits that all hold (one in 2 per
 * byte), or, weakest, bytes that read as text with no check. Noise only flips bits, so a
 * frame whose length does not fit this side's check was laid out for another; a frame
 * whose length fits but whose check failed is put down to another check only on strong
 * evidence.
 */
final class CheckMismatch {

	/** The layouts to try, the one whose fit is least likely by chance first. */
	private static final List<Check> BY_STRENGTH = List.of(Check.CRC32, Check.HAMMING, Check.PARITY);

	/**
	 * More than this share of a frame's codewords corrected is more than noise explains,
	 * when the frame also reads as text with no check.
	 */
	private static final double NOISE_EXPLAINS = 0.25;

	private CheckMismatch() {
	}

	/**
	 * The check another side used for a frame that did not pass this side's.
	 * @param ours this side's check
	 * @param digits the frame's digits
	 * @param own what this side's check found, or {@code null} when it does not account
	 * for the frame (its length does not fit, or what it passes is not text)
	 * @return the other side's check, when the frame shows it
	 */
	static Optional<Check> senderCheck(Check ours, byte[] digits, LinkCheck.@Nullable Checked own) {
		for (Check check : BY_STRENGTH) {
			if (check != ours && fits(check, digits)) {
				return Optional.of(check);
			}
		}
		if (ours == Check.NONE || !readsAsText(digits)) {
			return Optional.empty();
		}
		return (own == null || noiseDoesNotExplain(ours, digits, own)) ? Optional.of(Check.NONE) : Optional.empty();
	}

	/**
	 * Whether noise is an unlikely reason for what this side's check found in a frame
	 * that also reads as text with no check. A parity frame with flips, taken eight bits
	 * at a time, almost never reads as text. A Hamming frame sometimes does, so it takes
	 * more corrected codewords than noise leaves. A CRC-32 frame with flips reads as text
	 * as soon as its last four bytes do, about one in forty: the failed check says both.
	 */
	private static boolean noiseDoesNotExplain(Check ours, byte[] digits, LinkCheck.Checked own) {
		return switch (ours) {
			case PARITY -> true;
			case HAMMING -> own.positions().size() > NOISE_EXPLAINS * (digits.length / 7);
			case NONE, CRC32 -> false;
		};
	}

	/** Whether these digits are the bytes of text, eight per byte, with no check. */
	static boolean readsAsText(byte[] digits) {
		return digits.length > 0 && digits.length % BitCodec.BITS_PER_BYTE == 0 && isText(BitCodec.decode(digits));
	}

	/**
	 * Whether these bytes are text a person could have typed: valid UTF-8 and no control
	 * characters other than tab.
	 */
	static boolean isText(byte[] bytes) {
		return !hasControls(bytes) && BitTransformer.decodeStrictly(bytes) != null;
	}

	/** Whether these bytes hold a control character other than tab (C0 or DEL). */
	static boolean hasControls(byte[] bytes) {
		for (byte b : bytes) {
			if ((b >= 0 && b < 0x20 && b != '\t') || b == 0x7F) {
				return true;
			}
		}
		return false;
	}

	/** Whether the digits are a frame of this check with no error, carrying text. */
	static boolean fits(Check check, byte[] digits) {
		if (check == Check.CRC32) {
			return digits.length % BitCodec.BITS_PER_BYTE == 0 && LinkCheck.endsWithItsCrc(BitCodec.decode(digits));
		}
		try {
			LinkCheck.Checked checked = new LinkCheck(check).verify(digits);
			return checked.outcome() == LinkCheck.Outcome.OK && checked.data().length > 0 && isText(checked.data());
		}
		catch (RejectedFrameException ex) {
			return false;
		}
	}

}
