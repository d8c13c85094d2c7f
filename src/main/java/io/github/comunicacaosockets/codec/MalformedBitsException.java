package io.github.comunicacaosockets.codec;

import java.util.Arrays;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A frame that should hold ASCII bits does not: a foreign character, or a count of digits that is
 * not a whole number of bytes. {@link #description()} says which, for the person who sent it.
 */
public final class MalformedBitsException extends RuntimeException {

	private final DefaultMessageSourceResolvable description;

	private MalformedBitsException(String code, Object... arguments) {
		super(null, null, false, false);
		this.description = new DefaultMessageSourceResolvable(new String[] { code }, arguments);
	}

	static MalformedBitsException unexpectedCharacter(byte character, int position) {
		int value = character & 0xFF;
		String shown = (value >= 0x21 && value < 0x7F) ? "'" + (char) value + "'" : String.format("0x%02X", value);
		return new MalformedBitsException("rejection.malformed-bits.character", shown, position + 1);
	}

	static MalformedBitsException incompleteOctet(int digits) {
		return new MalformedBitsException("rejection.malformed-bits.octet", digits);
	}

	/** What is wrong, as a message code of the console's bundle and its arguments. */
	public MessageSourceResolvable description() {
		return this.description;
	}

	/** The message code and its arguments, for a log line. */
	@Override
	public String getMessage() {
		return this.description.getCode() + " " + Arrays.toString(this.description.getArguments());
	}

}
