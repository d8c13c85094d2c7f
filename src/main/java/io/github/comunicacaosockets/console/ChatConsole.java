package io.github.comunicacaosockets.console;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.integration.ip.tcp.connection.TcpConnectionServerListeningEvent;
import org.springframework.stereotype.Component;

import io.github.comunicacaosockets.access.ConnectionRefused;
import io.github.comunicacaosockets.chat.BitsFlipped;
import io.github.comunicacaosockets.chat.MessageReceived;
import io.github.comunicacaosockets.config.ChatProperties.Check;
import io.github.comunicacaosockets.config.ChatProperties.Framing;
import io.github.comunicacaosockets.config.ChatProperties;
import io.github.comunicacaosockets.i18n.ConsoleText;
import io.github.comunicacaosockets.link.FrameRejected;
import io.github.comunicacaosockets.link.Peer;
import io.github.comunicacaosockets.link.PeerStalled;
import io.github.comunicacaosockets.link.PeerTimedOut;
import io.github.comunicacaosockets.link.SlowReaderException;
import io.github.comunicacaosockets.link.TlsFailed;
import io.github.comunicacaosockets.wire.BitTransformer;
import io.github.comunicacaosockets.wire.LinkCheck;
import io.github.comunicacaosockets.wire.RejectionReason;

/**
 * Shows what happens on the sockets as it happens, in the lines students know from the
 * original scripts: the server waiting, the bits and the text received (peers connecting
 * and leaving are {@link ConnectionLines}), and a clear line for every frame that was
 * refused. A busy server's events are shown up to a budget per second and summed up past
 * it ({@link EventLineBudget}).
 */
@Component
class ChatConsole {

	private final ConsoleOutput out;

	private final ConsoleRole role;

	private final ChatProperties properties;

	private final EventLineBudget budget;

	private final BitColours colours;

	private final ConsoleText text;

	private final LinkCheck linkCheck;

	ChatConsole(ConsoleOutput out, ConsoleRole role, ChatProperties properties, EventLineBudget budget,
			BitColours colours, ConsoleText text, BitTransformer bitTransformer) {
		this.out = out;
		this.text = text;
		this.budget = budget;
		this.colours = colours;
		this.role = role;
		this.properties = properties;
		this.linkCheck = bitTransformer.linkCheck();
	}

	@EventListener
	void listening(TcpConnectionServerListeningEvent event) {
		this.out.println(this.text.get("server.listening", event.getPort()));
		exposureWarning(this.properties, this.text).forEach(this.out::println);
	}

	/**
	 * What a server bound outside loopback says after it starts listening: that others
	 * can reach it, whether the traffic is encrypted, and whom it accepts. Nothing for a
	 * loopback server.
	 */
	static List<String> exposureWarning(ChatProperties properties, ConsoleText text) {
		if (isLoopback(properties.host())) {
			return List.of();
		}
		return List.of(text.get(properties.tls().enabled() ? "server.exposed.tls" : "server.exposed", properties
			.host()), text.get("server.accepts",
					properties.allowedAddresses().stream().map(Object::toString).collect(Collectors.joining(", "))));
	}

	private static boolean isLoopback(String host) {
		try {
			return InetAddress.getByName(host).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	@EventListener
	void refused(ConnectionRefused event) {
		this.out.println(this.text.get("connection.refused." + event.reason().tag(), event.address(),
				this.properties.maxConnections(), this.properties.maxConnectionsPerAddress()));
	}

	@EventListener
	void tlsFailed(TlsFailed event) {
		Peer peer = event.peer();
		String detail = (event.cause() == TlsFailed.Cause.TIMEOUT)
				? this.text.duration(this.properties.tls().handshakeTimeout()) : event.detail();
		String retryIn = (event.retryIn() != null) ? this.text.duration(event.retryIn()) : "";
		this.out.println(this.text.get(
				"tls." + event.cause().name().toLowerCase(Locale.ROOT).replace('_', '-') + ".on-" + this.role.key(),
				this.role.nameOf(peer), peer.address(), detail, retryIn));
	}

	@EventListener
	void stalled(PeerStalled event) {
		Peer peer = event.peer();
		SlowReaderException reason = event.reason();
		this.out.println((reason.stalledFor() != null)
				? this.text.get("slow-reader.stalled", this.role.nameOf(peer), peer.address(),
						this.text.count("bytes", reason.waitingBytes()), this.text.duration(reason.stalledFor()))
				: this.text.get("slow-reader.over-the-bound", this.role.nameOf(peer), peer.address(),
						this.text.count("bytes", reason.waitingBytes()), this.properties.sendBuffer().toBytes()));
	}

	@EventListener
	void timedOut(PeerTimedOut event) {
		this.out.println(this.text.get("idle.closed", this.role.nameOf(event.peer()), this.role.titleOf(event.peer()),
				this.text.duration(event.idleTimeout())));
	}

	@EventListener
	void received(MessageReceived event) {
		if (!this.budget.allow()) {
			return;
		}
		Peer peer = event.peer();
		this.out.println(
				this.text.get("received.bits", this.role.nameOf(peer), this.colours.paint(event.message().bits())));
		this.out
			.println(this.text.get("received.text", this.role.titleOf(peer), VisibleText.of(event.message().text())));
		List<Integer> corrected = event.message().corrected();
		if (!corrected.isEmpty()) {
			this.out.println(
					this.text.count("check.corrected", corrected.size(), fromOne(corrected), this.role.nameOf(peer)));
			byte[] arrived = event.message().arrived();
			String label = this.text.get("check.arrived", "");
			String grouped = this.linkCheck.grouped(arrived);
			String markers = this.linkCheck.markers(arrived.length, corrected);
			String painted = this.colours.paintMarked(grouped, markers);
			if (painted != null) {
				this.out.println(label + painted);
			}
			else {
				this.out.println(label + grouped);
				this.out.println(" ".repeat(label.length()) + markers);
			}
		}
	}

	/**
	 * Bits of what this side sent that the simulated noise flipped
	 * ({@code chat.wire.noise}).
	 */
	@EventListener
	void flipped(BitsFlipped event) {
		this.out.println(this.text.count("noise.flipped", event.positions().size(), fromOne(event.positions())));
	}

	/** Positions from 0, as people count them: from 1. */
	private static String fromOne(List<Integer> positions) {
		return positions.stream().map((position) -> String.valueOf(position + 1)).collect(Collectors.joining(", "));
	}

	@EventListener
	void rejected(FrameRejected event) {
		if (event.reason() == RejectionReason.EMPTY || !this.budget.allow()) {
			return;
		}
		String line = switch (event.reason()) {
			case INVALID_UTF8 -> "rejected.warning";
			case TOO_LARGE, INCOMPLETE, TOO_SLOW -> "rejected.closed";
			default -> "rejected";
		};
		String description = VisibleText.of(this.text.get(event.description()));
		Peer peer = event.peer();
		String shown = this.text.get(line + ".from", this.role.nameOf(peer), peer.address(), description);
		String hint = mismatchHint(event);
		this.out.println((hint != null && event.firstOfItsReason()) ? shown + " " + this.text.get(hint) : shown);
	}

	/**
	 * The hint for a rejection that suggests the other end uses other wire settings: text
	 * where bits were expected, or bytes that never end a line. The first rejection of
	 * its kind from a peer carries it.
	 */
	private String mismatchHint(FrameRejected event) {
		String code = event.description().getCodes()[0];
		if ("rejection.malformed-bits.character".equals(code)) {
			return "hint.encoding";
		}
		if ("rejection.malformed-bits.octet".equals(code) && this.properties.wire().check() == Check.NONE) {
			Object[] arguments = event.description().getArguments();
			int digits = (arguments != null && arguments.length > 0 && arguments[0] instanceof Integer count) ? count
					: 0;
			if (digits > 0 && digits % 9 == 0) {
				return "hint.check.parity";
			}
			if (digits > 0 && digits % 14 == 0) {
				return "hint.check.hamming";
			}
		}
		boolean neverEndedALine = event.reason() == RejectionReason.TOO_LARGE
				|| event.reason() == RejectionReason.INCOMPLETE;
		return (neverEndedALine && this.properties.wire().framing() == Framing.LINE) ? "hint.framing" : null;
	}

}
