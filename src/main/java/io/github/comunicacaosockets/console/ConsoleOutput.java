package io.github.comunicacaosockets.console;

import org.jline.reader.LineReader;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Prints lines that arrive on their own (received messages, connections coming and
 * going). While the prompt is waiting for input they go above it, so what the user is
 * typing stays intact; otherwise, and when running headless, they go to standard output.
 */
@Component
class ConsoleOutput {

	private final ObjectProvider<LineReader> lineReader;

	public ConsoleOutput(ObjectProvider<LineReader> lineReader) {
		this.lineReader = lineReader;
	}

	public void println(String line) {
		LineReader reader = this.lineReader.getIfAvailable();
		if (reader != null && reader.isReading()) {
			reader.printAbove(line);
		}
		else {
			System.out.println(line);
			System.out.flush();
		}
	}

}
