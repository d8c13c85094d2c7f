package io.github.comunicacaosockets.console;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.integration.ip.tcp.connection.TcpConnectionFailedEvent;
import org.springframework.integration.ip.tcp.connection.TcpConnectionServerListeningEvent;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

import io.github.comunicacaosockets.access.ConnectionRefused;
import io.github.comunicacaosockets.chat.BitsFlipped;
import io.github.comunicacaosockets.chat.MessageReceived;
import io.github.comunicacaosockets.chat.RefusedByServer;
import io.github.comunicacaosockets.config.ChatProperties.Check;
import io.github.comunicacaosockets.config.ChatProperties.Framing;
import io.github.comunicacaosockets.config.ChatProperties.Role;
import io.github.comunicacaosockets.config.ChatProperties;
import io.github.comunicacaosockets.i18n.ConsoleText;
import io.github.comunicacaosockets.link.CloseReason;
import io.github.comunicacaosockets.link.FrameRejected;
import io.github.comunicacaosockets.link.Peer;
import io.github.comunicacaosockets.link.PeerConnected;
import io.github.comunicacaosockets.link.PeerDisconnected;
import io.github.comunicacaosockets.link.PeerStalled;
import io.github.comunicacaosockets.link.PeerTimedOut;
import io.github.comunicacaosockets.link.SlowReaderException;
import io.github.comunicacaosockets.link.TlsFailed;
import io.github.comunicacaosockets.wire.BitTransformer;
import io.github.comunicacaosockets.wire.LinkCheck;
import io.github.comunicacaosockets.wire.RejectionReason;

/**
 * Shows what happens on the sockets as it happens, in the lines students know from the
 * original scripts: the server waiting, peers connecting and leaving, the bits and the
 * text received, and a clear line for every frame that was refused. A busy server's
 * events are shown up to a budget per second and summed up past it
 * ({@link EventLineBudget}).
 */
@Component
public class ChatConsole {

	/**
	 * How long a connection that follows a refusal waits to be announced. A server
	 * refuses as it accepts, so its refusal arrives within one round trip; a second
	 * leaves room for a busy machine.
	 */
	private static final Duration REFUSAL_WAIT = Duration.ofSeconds(1);

	/**
	 * Closes this console has already explained with a line of their own (a failed TLS
	 * handshake, a slow reader, a refusal), which need no second line when they happen.
	 */
	private static final Set<CloseReason> EXPLAINED_BY_THEIR_OWN_LINE = EnumSet.of(CloseReason.TLS,
			CloseReason.SLOW_READER, CloseReason.REFUSED);

	private final ConsoleOutput out;

	private final PeerNames names;

	private final ChatProperties properties;

	private final ConversationEnd conversationEnd;

	private final EventLineBudget budget;

	private final BitColours colours;

	private final ConsoleText text;

	private final LinkCheck linkCheck;

	private final AtomicBoolean reportedUnreachable = new AtomicBoolean();

	/**
	 * Whether the server refused this client's last connection: the next one is announced
	 * only once it has outlived a refusal.
	 */
	private final AtomicBoolean refusedLastTime = new AtomicBoolean();

	private final TaskScheduler scheduler;

	ChatConsole(ConsoleOutput out, PeerNames names, ChatProperties properties, ConversationEnd conversationEnd,
			EventLineBudget budget, BitColours colours, ConsoleText text, BitTransformer bitTransformer,
			TaskScheduler scheduler) {
		this.out = out;
		this.scheduler = scheduler;
		this.text = text;
		this.budget = budget;
		this.colours = colours;
		this.names = names;
		this.properties = properties;
		this.linkCheck = bitTransformer.linkCheck();
		this.conversationEnd = conversationEnd;
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
		String role = (this.properties.role() == Role.SERVER) ? "on-server" : "on-client";
		String detail = (event.cause() == TlsFailed.Cause.TIMEOUT)
				? this.text.duration(this.properties.tls().handshakeTimeout()) : event.detail();
		String retryIn = (event.retryIn() != null) ? this.text.duration(event.retryIn()) : "";
		this.out.println(
				this.text.get("tls." + event.cause().name().toLowerCase(Locale.ROOT).replace('_', '-') + "." + role,
						this.names.of(peer), peer.address(), detail, retryIn));
	}

	@EventListener
	void stalled(PeerStalled event) {
		Peer peer = event.peer();
		SlowReaderException reason = event.reason();
		this.out.println((reason.stalledFor() != null)
				? this.text.get("slow-reader.stalled", this.names.of(peer), peer.address(),
						this.text.count("bytes", reason.waitingBytes()), this.text.duration(reason.stalledFor()))
				: this.text.get("slow-reader.over-the-bound", this.names.of(peer), peer.address(),
						this.text.count("bytes", reason.waitingBytes()), this.properties.sendBuffer().toBytes()));
	}

	@EventListener
	void timedOut(PeerTimedOut event) {
		this.out.println(this.text.get("idle.closed", this.names.of(event.peer()), this.names.title(event.peer()),
				this.text.duration(event.idleTimeout())));
	}

	@EventListener
	void connected(PeerConnected event) {
		if (!this.budget.allow()) {
			return;
		}
		Peer peer = event.peer();
		if (this.properties.role() == Role.SERVER) {
			this.out.println(this.text.get("client.connected", peer.address(), this.names.of(peer)));
		}
		else if (this.refusedLastTime.get()) {
			this.scheduler.schedule(() -> announceIfAdmitted(peer), Instant.now().plus(REFUSAL_WAIT));
		}
		else {
			announceConnected();
		}
	}

	/**
	 * A connection that follows a refusal, announced if it was not refused in turn: a
	 * server that is still full would otherwise have each try say {@code Conectado}, then
	 * that it was refused.
	 */
	private void announceIfAdmitted(Peer server) {
		if (server.isConnected() && server.closeCause().isEmpty()) {
			this.refusedLastTime.set(false);
			announceConnected();
		}
	}

	private void announceConnected() {
		this.reportedUnreachable.set(false);
		this.out.println(this.text.get("server.connected", this.properties.host(), this.properties.port()));
	}

	@EventListener
	void refusedByServer(RefusedByServer event) {
		this.refusedLastTime.set(true);
		Peer server = event.server();
		String refused = this.text.get("server.refused", VisibleText.of(event.notice()),
				this.text.duration(event.retryIn()));
		long undelivered = server.messagesOut();
		this.out.println((undelivered > 0) ? refused + " " + this.text.count("server.refused.undelivered", undelivered)
				: refused);
	}

	@EventListener
	void disconnected(PeerDisconnected event) {
		Peer peer = event.peer();
		if (this.conversationEnd.isEnding() || EXPLAINED_BY_THEIR_OWN_LINE.contains(peer.closeReason())
				|| !this.budget.allow()) {
			return;
		}
		if (this.properties.role() == Role.SERVER) {
			this.out.println(this.text.get("client.disconnected", this.names.of(peer), peer.address()));
		}
		else {
			this.out.println(this.text.get("server.disconnected"));
		}
	}

	@EventListener
	void unreachable(TcpConnectionFailedEvent event) {
		if (this.properties.role() == Role.CLIENT && !this.reportedUnreachable.getAndSet(true)) {
			this.out.println(this.text.get("server.unreachable"));
			this.out.println(this.text.get("server.retrying", this.text.duration(this.properties.retryInterval())));
		}
	}

	@EventListener
	void received(MessageReceived event) {
		if (!this.budget.allow()) {
			return;
		}
		Peer peer = event.peer();
		this.out
			.println(this.text.get("received.bits", this.names.of(peer), this.colours.paint(event.message().bits())));
		this.out
			.println(this.text.get("received.text", this.names.title(peer), VisibleText.of(event.message().text())));
		List<Integer> corrected = event.message().corrected();
		if (!corrected.isEmpty()) {
			this.out
				.println(this.text.count("check.corrected", corrected.size(), fromOne(corrected), this.names.of(peer)));
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
		String shown = this.text.get(line + ".from", this.names.of(peer), peer.address(), description);
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
