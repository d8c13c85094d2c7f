package io.github.comunicacaosockets.console;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.test.context.TestPropertySource;

import io.github.comunicacaosockets.support.ServerConsole;
import io.github.comunicacaosockets.support.ServerTest;
import io.github.comunicacaosockets.support.ServerUnderTest;
import io.github.comunicacaosockets.support.WirePeer;
import io.github.comunicacaosockets.wire.BitCodec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServerTest
@TestPropertySource(properties = "chat.console.events-per-second=5")
@DisplayName("The console of a busy server")
class BusyConsoleTest {

	private static final Pattern SUMMARY = Pattern
		.compile("\\(console resumido: mais (\\d+) eventos no último segundo");

	@Autowired
	private ServerUnderTest server;

	@Test
	@DisplayName("shows a burst up to its budget, sums up the rest once a second, and the counters still count all")
	void summarisesBursts(CapturedOutput output) {
		ServerConsole console = new ServerConsole(output);
		double received = this.server.actuator().metric("chat.messages.received");
		StringBuilder burst = new StringBuilder();
		for (int i = 0; i < 200; i++) {
			burst.append(new String(BitCodec.encode(("m" + i).getBytes()))).append('\n');
		}
		try (WirePeer peer = this.server.connect()) {
			peer.send(burst.toString());

			await().atMost(WirePeer.TIMEOUT)
				.until(() -> this.server.actuator().metric("chat.messages.received") == received + 200);
			await().atMost(WirePeer.TIMEOUT)
				.untilAsserted(() -> assertThat(summed(console.text())).as("events summed up")
					.isGreaterThanOrEqualTo(200 - shownOneByOne(console.text())));
		}
		assertThat(shownOneByOne(console.text())).as("messages shown one by one")
			.isLessThanOrEqualTo(15)
			.isGreaterThan(0);
	}

	private static long shownOneByOne(String text) {
		return Pattern.compile("Cliente #\\d+: m\\d+").matcher(text).results().count();
	}

	private static long summed(String text) {
		long summed = 0;
		Matcher summaries = SUMMARY.matcher(text);
		while (summaries.find()) {
			summed += Long.parseLong(summaries.group(1));
		}
		return summed;
	}

}
