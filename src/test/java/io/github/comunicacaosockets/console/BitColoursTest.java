package io.github.comunicacaosockets.console;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Bits on a terminal")
class BitColoursTest {

	private static Terminal terminal(String type) throws IOException {
		return TerminalBuilder.builder()
			.system(false)
			.type(type)
			.streams(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream())
			.build();
	}

	@Test
	@DisplayName("are bright for 1 and dim for 0 where the terminal shows colour")
	void colouredOnAColourTerminal() throws IOException {
		try (Terminal xterm = terminal("xterm-256color")) {
			String painted = BitColours.paint("10 1", xterm, Map.of());

			assertThat(painted).startsWith("\u001B[1m1").containsPattern("\u001B\\[[0-9;]*2m0");
			assertThat(AttributedString.fromAnsi(painted).toString()).isEqualTo("10 1");
		}
	}

	@Test
	@DisplayName("stay plain text on a colour terminal when NO_COLOR is set, and are coloured when it is empty")
	void plainWhenNoColourIsAsked() throws IOException {
		try (Terminal xterm = terminal("xterm-256color")) {
			assertThat(BitColours.paint("0100", xterm, Map.of("NO_COLOR", "1"))).isEqualTo("0100");
			assertThat(BitColours.paint("0100", xterm, Map.of("NO_COLOR", ""))).isNotEqualTo("0100");
		}
	}

	@Test
	@DisplayName("mark the bits a check corrected in red, and the others as usual")
	void markCorrectedBits() throws IOException {
		try (Terminal xterm = terminal("xterm-256color")) {
			String painted = BitColours.paintMarked("10 1", "   ^", xterm);

			assertThat(painted).containsPattern("\u001B\\[([0-9]+;)*31(;[0-9]+)*m1");
			assertThat(AttributedString.fromAnsi(painted).toString()).isEqualTo("10 1");
		}
	}

	@Test
	@DisplayName("stay plain text on a dumb terminal")
	void plainOnADumbTerminal() throws IOException {
		try (Terminal dumb = terminal(Terminal.TYPE_DUMB)) {
			assertThat(BitColours.paint("01001111 01101001", dumb, Map.of())).isEqualTo("01001111 01101001");
		}
	}

}
