package io.github.comunicacaosockets.console;

import java.util.concurrent.TimeUnit;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.github.comunicacaosockets.config.ChatProperties;
import io.github.comunicacaosockets.i18n.ConsoleText;

/**
 * How many events per second the console shows one by one
 * ({@code chat.console.events-per-second}). A person cannot read more, and a terminal
 * printing every message of a busy server would set the server's pace. Past the budget,
 * events are counted instead, and once a second the console says how many it left out;
 * the {@code chat.*} meters still count every one.
 */
@Component
class EventLineBudget {

	private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

	private final int perSecond;

	private final ConsoleOutput out;

	private final ConsoleText text;

	private long windowStart = System.nanoTime();

	private int shown;

	private long left;

	EventLineBudget(ChatProperties properties, ConsoleOutput out, ConsoleText text) {
		this.perSecond = properties.console().eventsPerSecond();
		this.out = out;
		this.text = text;
	}

	/** Whether the next event may be shown; if not, it is counted for the summary. */
	synchronized boolean allow() {
		long now = System.nanoTime();
		if (now - this.windowStart >= SECOND) {
			this.windowStart = now;
			this.shown = 0;
		}
		if (this.shown < this.perSecond) {
			this.shown++;
			return true;
		}
		this.left++;
		return false;
	}

	@Scheduled(fixedRate = 1, timeUnit = TimeUnit.SECONDS)
	void summarise() {
		long omitted;
		synchronized (this) {
			omitted = this.left;
			this.left = 0;
		}
		if (omitted > 0) {
			this.out.println(this.text.get("console.summary", omitted, this.perSecond));
		}
	}

}
