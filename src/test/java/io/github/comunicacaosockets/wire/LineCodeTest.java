package io.github.comunicacaosockets.wire;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("The line codes drawn by sinal")
class LineCodeTest {

	@Test
	@DisplayName("NRZ: high for 1, low for 0, the whole bit")
	void nrz() {
		assertThat(LineCode.NRZ.levels("10")).containsExactly(true, true, false, false);
	}

	@Test
	@DisplayName("NRZI: a 1 changes the level, a 0 keeps it, starting low")
	void nrzi() {
		assertThat(LineCode.NRZI.levels("0110")).containsExactly(false, false, true, true, false, false, false, false);
	}

	@Test
	@DisplayName("Manchester (IEEE 802.3): a 0 falls in the middle of its bit, a 1 rises")
	void manchester() {
		assertThat(LineCode.MANCHESTER.levels("01")).containsExactly(true, false, false, true);
	}

	@Test
	@DisplayName("draws each bit above its cell of the signal, with an edge wherever the level changes")
	void drawsUnderTheBits() {
		List<String> drawing = LineCode.NRZ.draw("0110", 80);

		assertThat(drawing).containsExactly(" 0   1   1   0", "    ┌───────┐   ", "    │       │   ",
				"────┘       └───");
	}

	@Test
	@DisplayName("wraps to the terminal's width between whole bytes, and the signal goes on from where it was")
	void wrapsBetweenBytes() {
		List<String> drawing = LineCode.NRZ.draw("111111110000000011111111", 40);

		assertThat(drawing).hasSize(12);
		assertThat(drawing.get(0)).isEqualTo(" 1   1   1   1   1   1   1   1");
		assertThat(drawing.get(5)).as("the second byte starts with a fall").startsWith("┐");
		assertThat(drawing).allSatisfy((line) -> assertThat(line.length()).isLessThanOrEqualTo(40));
	}

	@Test
	@DisplayName("knows its codes by name, whatever the case, and no others")
	void named() {
		assertThat(LineCode.named("Manchester")).contains(LineCode.MANCHESTER);
		assertThat(LineCode.named("4b5b")).isEmpty();
	}

}
