package io.github.comunicacaosockets.classroom;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.test.ShellTestClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import io.github.comunicacaosockets.config.ChatProperties.Check;
import io.github.comunicacaosockets.support.Browser;
import io.github.comunicacaosockets.support.ServerTest;
import io.github.comunicacaosockets.support.ServerUnderTest;
import io.github.comunicacaosockets.support.WirePeer;
import io.github.comunicacaosockets.wire.LinkCheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The classroom page in a real headless browser, as a class sees it on the projector,
 * while real peers talk to the server: a server with Hamming codes and some noise on what
 * it sends, so that flipped and corrected bits show.
 */
@ServerTest
@TestPropertySource(properties = { "chat.wire.check=hamming", "chat.wire.noise.bit-error-rate=0.05",
		"chat.wire.noise.seed=7", "chat.max-connections=3" })
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
@DisplayName("The classroom page, in a real browser")
class ClassroomPageTest {

	private static final LinkCheck HAMMING = new LinkCheck(Check.HAMMING);

	private static Browser browser;

	@Autowired
	private ServerUnderTest server;

	@Autowired
	private ShellTestClient shell;

	@BeforeAll
	static void startBrowser() {
		browser = Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	@DisplayName("shows the conversation live: the text, its bits, the signal, a hostile peer's markup as text, a flipped and a corrected bit marked, a refusal, all from its own host")
	void showsTheConversation() throws Exception {
		ChromeDriver page = browser.driver();
		String base = "http://127.0.0.1:" + this.server.actuator().port() + "/";
		page.get(base);
		await().atMost(WirePeer.TIMEOUT).until(() -> page.getTitle().startsWith("comunicacao-sockets: a conversa"));
		assertThat(page.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("pt-BR");

		List<WirePeer> peers = new ArrayList<>();
		try (WirePeer student = this.server.connect()) {
			student.send(hamming("A"));
			WebElement a = card("A");
			String codeword = new String(HAMMING.protect("A".getBytes(StandardCharsets.UTF_8)), 0, 7,
					StandardCharsets.US_ASCII);
			assertThat(a.findElements(By.cssSelector(".group .bits"))).as("two Hamming codewords")
				.extracting((bits) -> bits.getText().replaceAll("\\s", ""))
				.containsExactly(codeword, new String(HAMMING.protect("A".getBytes(StandardCharsets.UTF_8)), 7, 7,
						StandardCharsets.US_ASCII));
			assertThat(firstSignal(a)).as("the NRZ signal of the first codeword, %s", codeword)
				.isEqualTo(path(nrz(codeword)));
			page.findElement(By.cssSelector("#line-code option[value='manchester']")).click();
			assertThat(firstSignal(a)).as("the Manchester signal of %s", codeword)
				.isEqualTo(path(manchester(codeword)));
			page.findElement(By.cssSelector("#line-code option[value='nrz']")).click();

			String hostile = "<img src=x onerror=alert(1)><script>alert(2)</script>\u001B[2J\r";
			student.send(hamming(hostile));
			WebElement shown = card("<img src=x onerror=alert(1)><script>alert(2)</script>\u241B[2J\u240D");
			assertThat(shown.findElements(By.cssSelector("img, script"))).as("markup obeyed").isEmpty();
			assertThatExceptionOfType(NoAlertPresentException.class).isThrownBy(() -> page.switchTo().alert());

			this.shell.sendCommand("send --all Bom dia!");
			WebElement noise = await().atMost(WirePeer.TIMEOUT)
				.until(() -> page.findElements(By.cssSelector(".event.noise")), (found) -> !found.isEmpty())
				.get(0);
			assertThat(noise.getText()).contains("Ruído no fio");
			assertThat(noise.findElements(By.cssSelector(".bit.flipped .mark"))).isNotEmpty()
				.allSatisfy((mark) -> assertThat(mark.getText()).isEqualTo("×"));

			student.send(withHammingFlip("Oi, prof", 2));
			WebElement corrected = card("Oi, prof");
			WebElement fixedBit = corrected.findElement(By.cssSelector(".bit[data-position='2']"));
			assertThat(fixedBit.getDomAttribute("class")).contains("corrected");
			assertThat(fixedBit.getText()).contains("✓");
			assertThat(corrected.getText()).contains("Hamming corrigiu o bit 3");
			assertThat(corrected.findElements(By.cssSelector(".bit.check"))).as("p1, p2, p3 of each codeword")
				.hasSize(3 * 2 * "Oi, prof".getBytes(StandardCharsets.UTF_8).length);

			while (peers.size() < 2) {
				peers.add(this.server.connect());
			}
			try (WirePeer refused = this.server.connect()) {
				await().atMost(WirePeer.TIMEOUT)
					.until(() -> page.findElements(By.cssSelector(".event.refused"))
						.stream()
						.anyMatch((line) -> line.getText()
							.equals("Conexão recusada de 127.0.0.1:" + refused.localPort()
									+ ": servidor cheio (chat.max-connections = 3).")));
			}
			await().atMost(WirePeer.TIMEOUT)
				.ignoreException(StaleElementReferenceException.class)
				.until(() -> page.findElement(By.cssSelector("[data-count='refused'] dd")).getText(),
						(count) -> !count.equals("0"));

			Path screenshot = page.getScreenshotAs(OutputType.FILE).toPath();
			Files.copy(screenshot, Path.of("target", "classroom-page.png"), StandardCopyOption.REPLACE_EXISTING);

			@SuppressWarnings("unchecked")
			List<String> requested = (List<String>) page
				.executeScript("return performance.getEntriesByType('resource').map((entry) => entry.name);");
			assertThat(requested).as("what the page asked for").isNotEmpty().allMatch((url) -> url.startsWith(base));
		}
		finally {
			peers.forEach(WirePeer::close);
		}
	}

	/** Waits for the card of the message with this text, as the page shows it. */
	private WebElement card(String text) {
		return await().atMost(WirePeer.TIMEOUT)
			.ignoreException(StaleElementReferenceException.class)
			.until(() -> browser.driver()
				.findElements(By.cssSelector(".event.message"))
				.stream()
				.filter((card) -> card.findElement(By.cssSelector(".text")).getText().equals(text))
				.findFirst()
				.orElse(null), (card) -> card != null);
	}

	private static String firstSignal(WebElement card) {
		return card.findElement(By.cssSelector(".group .signal path")).getDomAttribute("d");
	}

	/** A message's frame with Hamming codes, a line end, and one bit flipped. */
	private static byte[] withHammingFlip(String text, int position) {
		byte[] wire = HAMMING.protect(text.getBytes(StandardCharsets.UTF_8));
		wire[position] = (byte) ((wire[position] == '0') ? '1' : '0');
		return line(wire);
	}

	private static byte[] hamming(String text) {
		return line(HAMMING.protect(text.getBytes(StandardCharsets.UTF_8)));
	}

	private static byte[] line(byte[] wire) {
		byte[] framed = new byte[wire.length + 1];
		System.arraycopy(wire, 0, framed, 0, wire.length);
		framed[wire.length] = '\n';
		return framed;
	}

	/** NRZ, by its definition: each bit's level, the whole cell. */
	private static boolean[] nrz(String bits) {
		boolean[] halves = new boolean[bits.length() * 2];
		for (int i = 0; i < bits.length(); i++) {
			halves[2 * i] = bits.charAt(i) == '1';
			halves[2 * i + 1] = bits.charAt(i) == '1';
		}
		return halves;
	}

	/** Manchester (IEEE 802.3), by its definition: a 0 falls mid-cell, a 1 rises. */
	private static boolean[] manchester(String bits) {
		boolean[] halves = new boolean[bits.length() * 2];
		for (int i = 0; i < bits.length(); i++) {
			halves[2 * i] = bits.charAt(i) == '0';
			halves[2 * i + 1] = bits.charAt(i) == '1';
		}
		return halves;
	}

	/**
	 * The path the page draws for these half-cell levels: 32 units a bit, high at 4, low
	 * at 28, an edge where the level changes.
	 */
	private static String path(boolean[] halves) {
		StringBuilder path = new StringBuilder("M0 ").append(halves[0] ? 4 : 28);
		boolean previous = halves[0];
		for (int i = 0; i < halves.length; i++) {
			if (halves[i] != previous) {
				path.append(" V").append(halves[i] ? 4 : 28);
			}
			path.append(" H").append((i + 1) * 16);
			previous = halves[i];
		}
		return path.toString();
	}

}
