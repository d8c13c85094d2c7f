package io.github.comunicacaosockets.support;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.test.system.CapturedOutput;

import static org.awaitility.Awaitility.await;

/**
 * Reads the server's console as a person would: waits for lines to appear in the captured
 * output. It reads only what was shown since it was made (the start of the test), so that
 * a line an earlier test left cannot stand in for the one awaited.
 */
public final class ServerConsole {

	private final CapturedOutput output;

	private final int start;

	public ServerConsole(CapturedOutput output) {
		this.output = output;
		this.start = output.getOut().length();
	}

	/** Waits until the console shows {@code text}. */
	public void shows(String text) {
		showsAfter(this.start, text);
	}

	/**
	 * Where the console is now: {@link #showsAfter} looks only at what it shows from here
	 * on.
	 */
	public int mark() {
		return this.output.getOut().length();
	}

	/** Waits until the console shows {@code text} after the {@code mark}. */
	public void showsAfter(int mark, String text) {
		await().pollDelay(Duration.ZERO)
			.atMost(WirePeer.TIMEOUT)
			.until(() -> this.output.getOut().indexOf(text, mark) >= 0);
	}

	/** Waits until the console has shown {@code text} {@code times} times in all. */
	public void shows(String text, int times) {
		await().pollDelay(Duration.ZERO)
			.atMost(WirePeer.TIMEOUT)
			.until(() -> text().split(Pattern.quote(text), -1).length - 1 >= times);
	}

	/**
	 * Waits until the console shows a whole line that matches {@code regex}, and returns
	 * it.
	 */
	public String showsLineMatching(String regex) {
		Pattern line = Pattern.compile(regex);
		return await().pollDelay(Duration.ZERO)
			.atMost(WirePeer.TIMEOUT)
			.until(() -> text().lines().filter((shown) -> line.matcher(shown).matches()).findFirst(),
					Optional::isPresent)
			.get();
	}

	/**
	 * The number the server gave a peer, read from its {@code Conectado por ...} line (in
	 * English, {@code Connected from ...}), wherever it is: the peer's port names it
	 * alone.
	 */
	public int numberOf(WirePeer peer) {
		Pattern line = Pattern.compile("(?:Conectado por|Connected from) 127\\.0\\.0\\.1:" + peer.localPort()
				+ " \\((?:cliente|client) #(\\d+)\\)");
		return await().pollDelay(Duration.ZERO).atMost(WirePeer.TIMEOUT).until(() -> {
			Matcher matcher = line.matcher(this.output.getOut());
			return matcher.find() ? Integer.parseInt(matcher.group(1)) : null;
		}, (number) -> number != null);
	}

	/** What the console has shown since this reader was made. */
	public String text() {
		return this.output.getOut().substring(this.start);
	}

}
