package io.github.comunicacaosockets.classroom;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.github.comunicacaosockets.access.ConnectionRefused;
import io.github.comunicacaosockets.chat.BitsFlipped;
import io.github.comunicacaosockets.chat.MessageReceived;
import io.github.comunicacaosockets.chat.RefusedByServer;
import io.github.comunicacaosockets.chat.SendReport;
import io.github.comunicacaosockets.config.ChatProperties;
import io.github.comunicacaosockets.console.ConsoleRole;
import io.github.comunicacaosockets.console.VisibleText;
import io.github.comunicacaosockets.i18n.ConsoleText;
import io.github.comunicacaosockets.link.FrameRejected;
import io.github.comunicacaosockets.link.Peer;
import io.github.comunicacaosockets.link.PeerConnected;
import io.github.comunicacaosockets.link.PeerDisconnected;
import io.github.comunicacaosockets.wire.ReceivedText;
import io.github.comunicacaosockets.wire.RejectionReason;

/**
 * What the page is told of what happens on the sockets: the same events the console
 * shows, in the console's words and language. A peer's text is shown as the console shows
 * it ({@link VisibleText}), and the page puts it in as text, never as markup.
 */
@Component
class PageEvents {

	/** How many recipients of a message are named on its card. */
	private static final int MOST_NAMED = 4;

	private final ClassroomFeed feed;

	private final FrameViews frames;

	private final ConsoleRole role;

	private final ConsoleText text;

	private final ChatProperties properties;

	PageEvents(ClassroomFeed feed, FrameViews frames, ConsoleRole role, ConsoleText text, ChatProperties properties) {
		this.feed = feed;
		this.frames = frames;
		this.role = role;
		this.text = text;
		this.properties = properties;
	}

	@EventListener
	void received(MessageReceived event) {
		Peer peer = event.peer();
		ReceivedText message = event.message();
		this.feed.publish("message", () -> {
			List<String> notes = new ArrayList<>();
			if (!message.corrected().isEmpty()) {
				notes.add(this.text.count("check.corrected", message.corrected().size(), fromOne(message.corrected()),
						this.role.nameOf(peer)));
			}
			return new MessageView("in", this.role.titleOf(peer), VisibleText.of(message.text()),
					this.frames.received(message), notes);
		});
	}

	/** A message typed and sent: one card, however many peers it went to. */
	@EventListener
	void sent(SendReport report) {
		List<Peer> to = report.delivered();
		this.feed.publish("message", () -> new MessageView("out", recipients(to), VisibleText.of(report.text()),
				this.frames.sent(report.text()), List.of()));
	}

	/** Whom a message went to: a few by name, then how many more. */
	private String recipients(List<Peer> to) {
		String named = to.stream().limit(MOST_NAMED).map(this.role::titleOf).collect(Collectors.joining(", "));
		return (to.size() > MOST_NAMED) ? this.text.get("page.recipients.more", named, to.size() - MOST_NAMED) : named;
	}

	@EventListener
	void flipped(BitsFlipped event) {
		this.feed.publish("noise",
				() -> new NoiseView(
						this.text.count("noise.flipped", event.positions().size(), fromOne(event.positions())),
						this.frames.flipped(event.wire(), event.positions())));
	}

	@EventListener
	void rejected(FrameRejected event) {
		if (event.reason() == RejectionReason.EMPTY) {
			return;
		}
		Peer peer = event.peer();
		this.feed.publish("rejected", () -> new LineView(this.text.get("page.rejected", this.role.titleOf(peer),
				VisibleText.of(this.text.get(event.description())))));
	}

	@EventListener
	void connected(PeerConnected event) {
		Peer peer = event.peer();
		this.feed.publish("connection",
				() -> new LineView(this.text.get("page.connected", this.role.titleOf(peer), peer.address())));
	}

	@EventListener
	void disconnected(PeerDisconnected event) {
		Peer peer = event.peer();
		this.feed.publish("connection",
				() -> new LineView(this.text.get("page.disconnected", this.role.titleOf(peer), peer.address())));
	}

	@EventListener
	void refused(ConnectionRefused event) {
		this.feed.publish("refused", () -> new LineView(this.text.get("connection.refused." + event.reason().tag(),
				event.address(), this.properties.maxConnections(), this.properties.maxConnectionsPerAddress())));
	}

	@EventListener
	void refusedByServer(RefusedByServer event) {
		this.feed.publish("refused", () -> new LineView(
				this.text.get("server.refused", VisibleText.of(event.notice()), this.text.duration(event.retryIn()))));
	}

	/** Positions from 0, as people count them: from 1. */
	private static String fromOne(List<Integer> positions) {
		return positions.stream().map((position) -> String.valueOf(position + 1)).collect(Collectors.joining(", "));
	}

	/**
	 * A message, sent or received.
	 *
	 * @param direction {@code in} or {@code out}
	 * @param who the other end, as the console names it at the start of a line; for a
	 * message sent, everyone it went to
	 * @param text what it says, control characters shown
	 * @param frame its bits
	 * @param notes what the check did to it
	 */
	record MessageView(String direction, String who, String text, FrameView frame, List<String> notes) {
	}

	/**
	 * Bits the noise flipped in a frame this side sent.
	 *
	 * @param line the console's line for it
	 * @param frame the frame as it went on the wire
	 */
	record NoiseView(String line, FrameView frame) {
	}

	/**
	 * An event told in one line: a connection, a refusal, a rejected frame.
	 *
	 * @param line the line
	 */
	record LineView(String line) {
	}

}
