package io.github.comunicacaosockets.console;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("VisibleText")
class VisibleTextTest {

	@Test
	@DisplayName("shows C0 controls and DEL as control pictures: ESC, CR, LF, BS, BEL, NUL, TAB")
	void showsC0Controls() {
		assertThat(VisibleText.of("\u001b[2J\r\n\b\u0007\u0000\t\u007f")).isEqualTo("␛[2J␍␊␈␇␀␉␡");
	}

	@Test
	@DisplayName("shows C1 controls, bidirectional overrides, isolates and marks, and line separators by their code point")
	void showsInvisibleControls() {
		assertThat(VisibleText.of("a\u009b2Jb\u202egnp.exe\u2066x\u2069\u200fy\u2028z"))
			.isEqualTo("a⟨U+009B⟩2Jb⟨U+202E⟩gnp.exe⟨U+2066⟩x⟨U+2069⟩⟨U+200F⟩y⟨U+2028⟩z");
	}

	@Test
	@DisplayName("leaves every other character alone: accents, emoji, CJK, combining marks")
	void leavesTextAlone() {
		String text = "Olá, 世界 👋 e\u0301 «ok» – fim";

		assertThat(VisibleText.of(text)).isSameAs(text);
	}

}
