package io.github.comunicacaosockets.console;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;

import io.github.comunicacaosockets.i18n.ConsoleText;
import io.github.comunicacaosockets.tcp.MessageReceived;
import io.github.comunicacaosockets.tcp.MessageSent;
import io.github.comunicacaosockets.tcp.Peer;

/**
 * {@code historico}: the messages of this session, received and sent, oldest first. It keeps the
 * last {@value #KEPT}, so a long-running server does not grow with its traffic.
 */
@Component
class SessionHistory {

	static final int KEPT = 1000;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

	private final Deque<Entry> entries = new ArrayDeque<>();

	private final PeerNames names;

	private final ConsoleText text;

	SessionHistory(PeerNames names, ConsoleText text) {
		this.names = names;
		this.text = text;
	}

	@EventListener
	void received(MessageReceived event) {
		add(new Entry(Instant.now(), "history.received", event.peer(), event.message().text(),
				event.message().byteCount()));
	}

	@EventListener
	void sent(MessageSent event) {
		add(new Entry(Instant.now(), "history.sent", event.peer(), event.text(),
				event.text().getBytes(StandardCharsets.UTF_8).length));
	}

	private synchronized void add(Entry entry) {
		if (this.entries.size() == KEPT) {
			this.entries.removeFirst();
		}
		this.entries.addLast(entry);
	}

	@Command(name = "historico", group = "chat")
	public void historico(CommandContext context) {
		PrintWriter out = context.outputWriter();
		List<Entry> snapshot;
		synchronized (this) {
			snapshot = new ArrayList<>(this.entries);
		}
		if (snapshot.isEmpty()) {
			out.println(this.text.get("history.none"));
		}
		for (Entry entry : snapshot) {
			out.println(this.text.get(entry.direction(), TIME.format(entry.at()), this.names.of(entry.peer()),
					VisibleText.of(entry.text()), this.text.count("bytes", entry.bytes())));
		}
		out.flush();
	}

	/**
	 * One message; its direction is the code of its line, received or sent. It is worded only
	 * when listed, not for every message that passes.
	 */
	private record Entry(Instant at, String direction, Peer peer, String text, int bytes) {
	}

}
