package io.github.comunicacaosockets.wire;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.github.comunicacaosockets.config.ChatProperties.Check;
import io.github.comunicacaosockets.config.ChatProperties.Encoding;

/**
 * The heart of the chat: text to bytes to bits on the way out, bits to bytes to text on
 * the way in. One instance serves both directions; with the {@code bytes} encoding the
 * wire carries the UTF-8 bytes themselves and the bits are only shown.
 */
public class BitTransformer {

	private final Encoding encoding;

	private final LinkCheck linkCheck;

	public BitTransformer(Encoding encoding) {
		this(encoding, new LinkCheck(Check.NONE));
	}

	/**
	 * @param encoding what the wire carries
	 * @param linkCheck the error check added to the bits (only with the bits encoding)
	 */
	public BitTransformer(Encoding encoding, LinkCheck linkCheck) {
		this.encoding = encoding;
		this.linkCheck = linkCheck;
	}

	public LinkCheck linkCheck() {
		return this.linkCheck;
	}

	public Encoding encoding() {
		return this.encoding;
	}

	/**
	 * Encodes a message for the wire.
	 * @param text the message
	 * @return its UTF-8 bytes as bits, or the bytes themselves, depending on the encoding
	 */
	public byte[] toWire(String text) {
		byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
		return (this.encoding == Encoding.BITS) ? this.linkCheck.protect(utf8) : utf8;
	}

	/**
	 * Shows the bits of a message already encoded for the wire, without encoding it
	 * again.
	 * @param wire what {@link #toWire} made of the message
	 * @return the message's UTF-8 bytes as bits, eight per group
	 */
	public String bitsOfWire(byte[] wire) {
		if (this.encoding == Encoding.BITS && this.linkCheck.check() != Check.NONE) {
			return this.linkCheck.grouped(wire);
		}
		return BitCodec.grouped((this.encoding == Encoding.BITS) ? wire : BitCodec.encode(wire));
	}

	/**
	 * Decodes one frame from the wire.
	 * @param frame the frame, without its line end
	 * @return the message it carries
	 * @throws RejectedFrameException if the frame is empty or, with the bits encoding,
	 * not bits
	 */
	public ReceivedText fromWire(byte[] frame) {
		if (this.encoding == Encoding.BITS && this.linkCheck.check() != Check.NONE) {
			return checked(frame);
		}
		byte[] bytes = (this.encoding == Encoding.BITS) ? octets(frame) : frame;
		if (bytes.length == 0) {
			throw RejectedFrameException.empty();
		}
		String strict = decodeStrictly(bytes);
		if (this.encoding == Encoding.BITS
				&& (strict == null || LinkCheck.endsWithItsCrc(bytes) || CheckMismatch.hasControls(bytes))) {
			rejectIfLaidOutForAnotherCheck(BitCodec.digits(frame), null);
		}
		byte[] bits = (this.encoding == Encoding.BITS && bytes.length * BitCodec.BITS_PER_BYTE == frame.length) ? frame
				: BitCodec.encode(bytes);
		String text = (strict != null) ? strict : new String(bytes, StandardCharsets.UTF_8);
		return new ReceivedText(text, bits, bytes.length, strict != null);
	}

	/**
	 * The bytes of a frame of bits with no check bits; a frame whose digits do not make
	 * bytes but make a frame of a peer's check with no error is named as such.
	 */
	private byte[] octets(byte[] frame) {
		try {
			return BitCodec.decode(frame);
		}
		catch (RejectedFrameException notOctets) {
			rejectIfLaidOutForAnotherCheck(BitCodec.digits(frame), null);
			throw notOctets;
		}
	}

	/**
	 * A frame with the link's check bits: checked, and repaired where the check can. A
	 * frame laid out for another check is named as such.
	 */
	private ReceivedText checked(byte[] frame) {
		byte[] digits = BitCodec.digits(frame);
		if (digits.length == 0) {
			throw RejectedFrameException.empty();
		}
		LinkCheck.Checked checked = verify(digits);
		if (checked.outcome() == LinkCheck.Outcome.DETECTED) {
			throw RejectedFrameException.checkFailed(this.linkCheck, digits, checked,
					CheckMismatch.readsAsText(digits));
		}
		byte[] bytes = checked.data();
		if (bytes.length == 0) {
			throw RejectedFrameException.empty();
		}
		String strict = decodeStrictly(bytes);
		if (checked.outcome() == LinkCheck.Outcome.OK && (strict == null || CheckMismatch.hasControls(bytes))) {
			rejectIfLaidOutForAnotherCheck(digits, null);
		}
		String text = (strict != null) ? strict : new String(bytes, StandardCharsets.UTF_8);
		return new ReceivedText(text, BitCodec.encode(bytes), bytes.length, strict != null, checked.positions(),
				digits);
	}

	/**
	 * The link's check of these digits; a frame that does not pass it but was laid out
	 * for another check is named as such.
	 */
	private LinkCheck.Checked verify(byte[] digits) {
		LinkCheck.Checked checked;
		try {
			checked = this.linkCheck.verify(digits);
		}
		catch (RejectedFrameException doesNotFit) {
			rejectIfLaidOutForAnotherCheck(digits, null);
			throw doesNotFit;
		}
		if (checked.outcome() != LinkCheck.Outcome.OK) {
			rejectIfLaidOutForAnotherCheck(digits, checked);
		}
		return checked;
	}

	/**
	 * Rejects a frame laid out for another check than this side's, such as one that ends
	 * with its CRC-32 where this side has no check: it would otherwise show as stray
	 * characters, or as noise.
	 * @param own what this side's check found, or {@code null} when it does not account
	 * for the frame (its length does not fit, or what it passes is not text)
	 */
	private void rejectIfLaidOutForAnotherCheck(byte[] digits, LinkCheck.@Nullable Checked own) {
		Check ours = this.linkCheck.check();
		Optional<Check> theirs = CheckMismatch.senderCheck(ours, digits, own);
		if (theirs.isPresent()) {
			throw RejectedFrameException.checkMismatch(ours, theirs.get(), digits);
		}
	}

	/**
	 * The text these bytes spell in UTF-8, or {@code null} when they are not valid UTF-8.
	 */
	static @Nullable String decodeStrictly(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

}
