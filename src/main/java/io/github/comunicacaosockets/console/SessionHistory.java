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

import io.github.comunicacaosockets.tcp.MessageReceived;
import io.github.comunicacaosockets.tcp.MessageSent;

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

	SessionHistory(PeerNames names) {
		this.names = names;
	}

	@EventListener
	void received(MessageReceived event) {
		add(new Entry(Instant.now(), "recebida de", this.names.of(event.peer()), event.message().text(),
				event.message().byteCount()));
	}

	@EventListener
	void sent(MessageSent event) {
		add(new Entry(Instant.now(), "enviada para", this.names.of(event.peer()), event.text(),
				event.text().getBytes(StandardCharsets.UTF_8).length));
	}

	private synchronized void add(Entry entry) {
		if (this.entries.size() == KEPT) {
			this.entries.removeFirst();
		}
		this.entries.addLast(entry);
	}

	@Command(name = "historico", group = "Chat",
			description = "Lista as mensagens desta sessão: hora, direção, com quem, texto e tamanho em bytes")
	public void historico(CommandContext context) {
		PrintWriter out = context.outputWriter();
		List<Entry> snapshot;
		synchronized (this) {
			snapshot = new ArrayList<>(this.entries);
		}
		if (snapshot.isEmpty()) {
			out.println("Nenhuma mensagem nesta sessão ainda.");
		}
		for (Entry entry : snapshot) {
			out.println(TIME.format(entry.at()) + "  " + entry.direction() + " " + entry.peer() + ": " + entry.text()
					+ " (" + entry.bytes() + ((entry.bytes() == 1) ? " byte)" : " bytes)"));
		}
		out.flush();
	}

	private record Entry(Instant at, String direction, String peer, String text, int bytes) {
	}

}
