package io.github.comunicacaosockets.console;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.integration.ip.tcp.connection.TcpConnection;
import org.springframework.integration.ip.tcp.connection.TcpConnectionCloseEvent;
import org.springframework.integration.ip.tcp.connection.TcpConnectionExceptionEvent;
import org.springframework.integration.ip.tcp.connection.TcpConnectionFailedEvent;
import org.springframework.integration.ip.tcp.connection.TcpConnectionOpenEvent;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;

import io.github.comunicacaosockets.access.ConnectionRefused;
import io.github.comunicacaosockets.chat.MessageReceived;
import io.github.comunicacaosockets.chat.MessageSent;
import io.github.comunicacaosockets.config.ChatProperties.Framing;
import io.github.comunicacaosockets.config.ChatProperties;
import io.github.comunicacaosockets.i18n.ConsoleText;
import io.github.comunicacaosockets.link.Connections;
import io.github.comunicacaosockets.link.Peer;
import io.github.comunicacaosockets.wire.BitTransformer;
import io.github.comunicacaosockets.wire.WireFrame;

/**
 * The verbose console ({@code chat.console.verbose}, or {@code detalhes} at the prompt):
 * besides the usual lines, each frame with its size and the bytes of its line end, and
 * each TCP event (open, close and why, errors, failed connection attempts), the way a
 * packet capture would show them to a student.
 */
@Component
class WireDetail {

	private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();

	private final AtomicBoolean on;

	private final ConsoleOutput out;

	private final ConsoleText text;

	private final ConsoleRole role;

	private final EventLineBudget budget;

	private final ConversationEnd conversationEnd;

	private final BitTransformer bitTransformer;

	private final Framing framing;

	private final String server;

	private final Connections connections;

	WireDetail(ChatProperties properties, ConsoleOutput out, ConsoleText text, ConsoleRole role, EventLineBudget budget,
			ConversationEnd conversationEnd, BitTransformer bitTransformer, Connections connections) {
		this.connections = connections;
		this.on = new AtomicBoolean(properties.console().verbose());
		this.out = out;
		this.text = text;
		this.role = role;
		this.budget = budget;
		this.conversationEnd = conversationEnd;
		this.bitTransformer = bitTransformer;
		this.framing = properties.wire().framing();
		this.server = properties.host() + ":" + properties.port();
	}

	@Command(name = "detalhes", group = "chat")
	public void detalhes(CommandContext context) {
		boolean now = !this.on.get();
		this.on.set(now);
		PrintWriter writer = context.outputWriter();
		writer.println(this.text.get(now ? "detail.on" : "detail.off"));
		writer.flush();
	}

	@EventListener
	void opened(TcpConnectionOpenEvent event) {
		show("detail.opened", addressOf(event.getSource()), event.getConnectionId());
	}

	@EventListener
	void closed(TcpConnectionCloseEvent event) {
		String reason = peerOf(event.getSource()).flatMap(Peer::closeCause)
			.map((cause) -> this.text.get(cause.description()))
			.orElseGet(() -> this.text
				.get(this.conversationEnd.isEnding() ? "detail.reason.local" : "detail.reason.peer"));
		show("detail.closed", addressOf(event.getSource()), reason);
	}

	@EventListener
	void failedToConnect(TcpConnectionFailedEvent event) {
		show("detail.failed", this.server, String.valueOf(event.getCause().getMessage()));
	}

	@EventListener
	void error(TcpConnectionExceptionEvent event) {
		show("detail.error", addressOf(event.getSource()), String.valueOf(event.getCause().getMessage()));
	}

	/**
	 * A refused socket is closed as it is accepted, without open and close events of its
	 * own.
	 */
	@EventListener
	void refused(ConnectionRefused event) {
		show("detail.closed", event.address(), this.text.get("detail.reason." + event.reason().tag()));
	}

	/** Before the bits and the text of the message, as the frame came before them. */
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void received(MessageReceived event) {
		if (this.on.get()) {
			WireFrame frame = event.frame();
			frame("received", this.role.nameOf(event.peer()), frame.payloadBytes(), frame.lineEnd());
		}
	}

	@EventListener
	void sent(MessageSent event) {
		if (this.on.get()) {
			String lineEnd = (this.framing == Framing.LINE) ? "\n" : "";
			frame("sent", this.role.nameOf(event.peer()), this.bitTransformer.toWire(event.text()).length, lineEnd);
		}
	}

	private void frame(String direction, String peer, int payloadBytes, String lineEnd) {
		if (lineEnd.isEmpty()) {
			show("detail.frame." + direction + ".raw", peer, payloadBytes);
		}
		else {
			show("detail.frame." + direction + ".line", peer, payloadBytes + lineEnd.length(), payloadBytes,
					lineEndShown(lineEnd));
		}
	}

	/** The line end's bytes and their names: {@code 0A (LF)} or {@code 0D 0A (CR LF)}. */
	private static String lineEndShown(String lineEnd) {
		String hex = HEX.formatHex(lineEnd.getBytes(StandardCharsets.US_ASCII));
		return hex + " (" + hex.replace("0D", "CR").replace("0A", "LF") + ")";
	}

	private Optional<Peer> peerOf(Object source) {
		return (source instanceof TcpConnection connection) ? Optional.of(this.connections.peerOf(connection))
				: Optional.empty();
	}

	private void show(String code, Object... arguments) {
		if (this.on.get() && this.budget.allow()) {
			this.out.println(this.text.get(code, arguments));
		}
	}

	private static String addressOf(Object source) {
		return (source instanceof TcpConnection connection) ? connection.getHostAddress() + ":" + connection.getPort()
				: String.valueOf(source);
	}

}
