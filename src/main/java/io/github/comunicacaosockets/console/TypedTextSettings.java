package io.github.comunicacaosockets.console;

import org.jline.reader.LineReader;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.shell.jline.ExtendedDefaultParser;

/**
 * Keeps JLine from changing what is typed before the console reads it. Spring Shell sets
 * JLine up as a command shell: quotes and a final backslash continue the line on a
 * {@code quote>} prompt, backslashes escape, and {@code !} recalls history. Here a line
 * is text: it ends at Enter, and quotes, backslashes and {@code !} are characters like
 * any other ({@link TypedLineParser} reads the words).
 */
class TypedTextSettings implements BeanPostProcessor {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof ExtendedDefaultParser parser) {
			parser.setQuoteChars(new char[0]);
			parser.setEscapeChars(new char[0]);
			parser.setEofOnUnclosedQuote(false);
			parser.setEofOnEscapedNewLine(false);
		}
		if (bean instanceof LineReader reader) {
			reader.setOpt(LineReader.Option.DISABLE_EVENT_EXPANSION);
			// Lines pasted together are shown under each other, aligned, with no "> "
			// that looks
			// like a prompt asking for more.
			reader.setVariable(LineReader.SECONDARY_PROMPT_PATTERN, "%P ");
			if (BitColours.noColourAsked(System.getenv())) {
				// NO_COLOR: what is typed is not highlighted either
				reader.setOpt(LineReader.Option.DISABLE_HIGHLIGHTER);
			}
		}
		return bean;
	}

}
