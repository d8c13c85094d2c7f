package io.github.comunicacaosockets.console;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;

import io.github.comunicacaosockets.chat.MessageReceived;
import io.github.comunicacaosockets.chat.MessageSent;
import io.github.comunicacaosockets.i18n.ConsoleText;
import io.github.comunicacaosockets.link.Peer;

/**
 * {@code historico}: the messages of this session, received and sent, oldest first. It
 * keeps the last {@value #KEPT}, and no more than {@value #KEPT_CHARS} characters of
 * their text, so a long-running server does not grow with its traffic, whatever the size
 * of the messages. A frame that was rejected (not UTF-8) keeps its size, not its text.
 */
@Component
class SessionHistory {

	static final int KEPT = 1000;

	static final int KEPT_CHARS = 1024 * 1024;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss")
		.withZone(ZoneId.systemDefault());

	private final Deque<Entry> entries = new ConcurrentLinkedDeque<>();

	private final AtomicInteger keptEntries = new AtomicInteger();

	private final AtomicLong keptChars = new AtomicLong();

	private final ConsoleRole role;

	private final ConsoleText text;

	SessionHistory(ConsoleRole role, ConsoleText text) {
		this.role = role;
		this.text = text;
	}

	@EventListener
	void received(MessageReceived event) {
		add(new Entry(Instant.now(), "history.received", event.peer(),
				event.message().validUtf8() ? event.message().text() : null, event.message().byteCount()));
	}

	@EventListener
	void sent(MessageSent event) {
		add(new Entry(Instant.now(), "history.sent", event.peer(), event.text(),
				event.text().getBytes(StandardCharsets.UTF_8).length));
	}

	/**
	 * Adds an entry and drops the oldest past the bounds. Messages from many connections
	 * arrive at once, so this takes no lock: the bounds may be passed for a moment by the
	 * entries being added right then, never for long.
	 */
	private void add(Entry entry) {
		Entry kept = entry.within(KEPT_CHARS);
		this.entries.addLast(kept);
		this.keptEntries.incrementAndGet();
		this.keptChars.addAndGet(kept.chars());
		while (this.keptEntries.get() > KEPT || this.keptChars.get() > KEPT_CHARS) {
			Entry oldest = this.entries.pollFirst();
			if (oldest == null) {
				break;
			}
			this.keptEntries.decrementAndGet();
			this.keptChars.addAndGet(-oldest.chars());
		}
	}

	@Command(name = "historico", group = "chat")
	public void historico(CommandContext context) {
		PrintWriter out = context.outputWriter();
		List<Entry> snapshot = new ArrayList<>(this.entries);
		if (snapshot.isEmpty()) {
			out.println(this.text.get("history.none"));
		}
		for (Entry entry : snapshot) {
			out.println(this.text.get(entry.direction(), TIME.format(entry.at()), this.role.nameOf(entry.peer()),
					(entry.text() != null) ? VisibleText.of(entry.text()) : this.text.get("history.not-kept"),
					this.text.count("bytes", entry.bytes())));
		}
		out.flush();
	}

	/**
	 * One message; its direction is the code of its line, received or sent. It is worded
	 * only when listed, not for every message that passes.
	 *
	 * @param text what it said, or {@code null} for a rejected frame
	 */
	private record Entry(Instant at, String direction, Peer peer, @Nullable String text, int bytes) {

		int chars() {
			return (this.text != null) ? this.text.length() : 0;
		}

		/** This entry with no more than {@code limit} characters of text. */
		Entry within(int limit) {
			if (chars() <= limit) {
				return this;
			}
			int end = limit - 1;
			if (Character.isHighSurrogate(this.text.charAt(end - 1))) {
				end--;
			}
			return new Entry(this.at, this.direction, this.peer, this.text.substring(0, end) + "…", this.bytes);
		}

	}

}
