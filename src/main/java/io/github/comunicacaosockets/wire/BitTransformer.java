package io.github.comunicacaosockets.wire;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

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
		byte[] bytes;
		byte[] bits;
		if (this.encoding == Encoding.BITS) {
			bytes = BitCodec.decode(frame);
			bits = (bytes.length * BitCodec.BITS_PER_BYTE == frame.length) ? frame : BitCodec.encode(bytes);
			if (LinkCheck.endsWithItsCrc(bytes)) {
				// a peer using chat.wire.check=crc32: its CRC would show as four stray
				// characters
				throw RejectedFrameException.malformedBits(frame.length, "rejection.check.crc-trailer");
			}
		}
		else {
			bytes = frame;
			bits = BitCodec.encode(bytes);
		}
		if (bytes.length == 0) {
			throw RejectedFrameException.empty();
		}
		String strict = decodeStrictly(bytes);
		String text = (strict != null) ? strict : new String(bytes, StandardCharsets.UTF_8);
		return new ReceivedText(text, bits, bytes.length, strict != null);
	}

	/** A frame with the link's check bits: checked, and repaired where the check can. */
	private ReceivedText checked(byte[] frame) {
		byte[] digits = BitCodec.digits(frame);
		if (digits.length == 0) {
			throw RejectedFrameException.empty();
		}
		LinkCheck.Checked checked = this.linkCheck.verify(digits);
		if (checked.outcome() == LinkCheck.Outcome.DETECTED) {
			throw RejectedFrameException.checkFailed(this.linkCheck, digits, checked);
		}
		byte[] bytes = checked.data();
		if (bytes.length == 0) {
			throw RejectedFrameException.empty();
		}
		String strict = decodeStrictly(bytes);
		String text = (strict != null) ? strict : new String(bytes, StandardCharsets.UTF_8);
		return new ReceivedText(text, BitCodec.encode(bytes), bytes.length, strict != null, checked.positions(),
				digits);
	}

	private static String decodeStrictly(byte[] bytes) {
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
