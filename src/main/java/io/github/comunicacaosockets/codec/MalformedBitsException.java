package io.github.comunicacaosockets.codec;

/**
 * A frame that should hold ASCII bits does not: a foreign character, or a count of digits that is
 * not a whole number of bytes. Its message is written for the person who sent it.
 */
public final class MalformedBitsException extends RuntimeException {

	private MalformedBitsException(String message) {
		super(message, null, false, false);
	}

	static MalformedBitsException unexpectedCharacter(byte character, int position) {
		int value = character & 0xFF;
		String shown = (value >= 0x21 && value < 0x7F) ? "'" + (char) value + "'" : String.format("0x%02X", value);
		return new MalformedBitsException(
				"caractere " + shown + " na posição " + (position + 1) + " (só 0, 1 e espaços são aceitos)");
	}

	static MalformedBitsException incompleteOctet(int digits) {
		return new MalformedBitsException(
				digits + " bits não formam bytes inteiros (o total deve ser múltiplo de 8)");
	}

}
