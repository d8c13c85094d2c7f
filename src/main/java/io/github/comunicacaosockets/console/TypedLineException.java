package io.github.comunicacaosockets.console;

import java.util.Arrays;

import org.springframework.context.MessageSourceResolvable;

/**
 * A typed line that cannot be read as a command: an unknown option, or one without its
 * value. Carries the console's words for it; the message is for the log.
 */
class TypedLineException extends IllegalArgumentException {

	private final MessageSourceResolvable description;

	TypedLineException(MessageSourceResolvable description) {
		super(description.getCodes()[0] + " " + Arrays.toString(description.getArguments()));
		this.description = description;
	}

	MessageSourceResolvable description() {
		return this.description;
	}

}
