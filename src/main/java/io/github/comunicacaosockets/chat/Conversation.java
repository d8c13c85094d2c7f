package io.github.comunicacaosockets.chat;

import java.nio.channels.ClosedChannelException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.net.ssl.SSLException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.event.EventListener;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.integration.IntegrationMessageHeaderAccessor;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.MessagingException;
import org.springframework.stereotype.Component;
import org.springframework.util.Assert;

import io.github.comunicacaosockets.config.ChatProperties;
import io.github.comunicacaosockets.i18n.ConsoleText;
import io.github.comunicacaosockets.link.Connections;
import io.github.comunicacaosockets.link.FrameRejected;
import io.github.comunicacaosockets.link.FrameRejections;
import io.github.comunicacaosockets.link.PacedClientConnectionFactory;
import io.github.comunicacaosockets.link.Peer;
import io.github.comunicacaosockets.link.PeerTimedOut;
import io.github.comunicacaosockets.link.SlowReaderException;
import io.github.comunicacaosockets.link.TlsFailed;
import io.github.comunicacaosockets.wire.BitTransformer;
import io.github.comunicacaosockets.wire.ReceivedText;
import io.github.comunicacaosockets.wire.RejectedFrameException;
import io.github.comunicacaosockets.wire.RejectionReason;
import io.github.comunicacaosockets.wire.WireFrame;

/**
 * What happens to messages at the ends of the flows: received ones and rejected frames
 * are attributed to their peer and announced as events (the console shows them, the
 * metrics count them); sent ones are addressed, written through the {@link ChatGateway}
 * and announced the same way.
 */
@Component
public class Conversation {

	private static final Log logger = LogFactory.getLog(Conversation.class);

	private final Connections connections;

	private final ChatGateway gateway;

	private final BitTransformer bitTransformer;

	private final ChatProperties properties;

	private final ApplicationEventPublisher publisher;

	private final ConsoleText text;

	private final ConversationRole role;

	private final FrameRejections rejections;

	Conversation(Connections connections, ChatGateway gateway, BitTransformer bitTransformer, ChatProperties properties,
			ApplicationEventPublisher publisher, ConsoleText text, ConversationRole role, FrameRejections rejections) {
		this.rejections = rejections;
		this.connections = connections;
		this.role = role;
		this.gateway = gateway;
		this.bitTransformer = bitTransformer;
		this.properties = properties;
		this.publisher = publisher;
		this.text = text;
	}

	void received(ReceivedText message, MessageHeaders headers) {
		Peer peer = peerOf(headers);
		this.role.receive(message, peer, isFirst(headers), () -> peer.inArrivalOrder(sequenceOf(headers), () -> {
			this.connections.received(peer);
			this.publisher.publishEvent(new MessageReceived(this, peer, message, WireFrame.of(headers)));
			if (!message.validUtf8()) {
				this.rejections.reject(peer, RejectedFrameException.invalidUtf8(message.byteCount()));
			}
			if (this.role.echoes()) {
				echo(message.text(), peer);
			}
		}));
	}

	/** The peer a message came from, which its connection put in its headers. */
	private static Peer peerOf(MessageHeaders headers) {
		Peer peer = headers.get(Peer.HEADER, Peer.class);
		Assert.state(peer != null, () -> "A message from no known connection: " + headers);
		return peer;
	}

	/** Sends a message back to the peer it came from ({@code chat.echo}). */
	private void echo(String text, Peer peer) {
		try {
			writeTo(peer, text);
		}
		catch (RuntimeException ex) {
			logger.debug("Could not echo to " + peer.address(), ex);
		}
	}

	/** Whether a message is the first frame its connection delivered. */
	private static boolean isFirst(MessageHeaders headers) {
		Long sequence = sequenceOf(headers);
		return sequence != null && sequence == 1;
	}

	private static @Nullable Long sequenceOf(MessageHeaders headers) {
		return headers.get(IntegrationMessageHeaderAccessor.SEQUENCE_NUMBER, Long.class);
	}

	/**
	 * A frame the flow could not turn into a message: reported, in the order its peer's
	 * frames arrived.
	 */
	void rejected(Throwable error) {
		Message<?> failed = (error instanceof MessagingException messaging) ? messaging.getFailedMessage() : null;
		if (failed == null) {
			logger.error("Failed to process a frame from no known connection", error);
			return;
		}
		Peer peer = peerOf(failed.getHeaders());
		peer.inArrivalOrder(sequenceOf(failed.getHeaders()), () -> this.rejections.reject(peer, rejectionOf(error)));
	}

	private static RejectedFrameException rejectionOf(Throwable error) {
		if (NestedExceptionUtils.getMostSpecificCause(error) instanceof RejectedFrameException rejected) {
			return rejected;
		}
		logger.error("Failed to process a frame", error);
		return RejectedFrameException.processingError();
	}

	/**
	 * A frame that closes its connection: the peer is told why. A client whose frames
	 * come laid out for another check is told which check this side uses.
	 */
	@EventListener
	void frameRejected(FrameRejected event) {
		Peer peer = event.peer();
		if (event.reason() == RejectionReason.CHECK_MISMATCH) {
			if (this.role.tellsOfItsCheck() && event.firstOfItsReason()) {
				tellPeer(peer, this.text.get("notice.check-mismatch", this.properties.wire().check().value()));
			}
			return;
		}
		if (!event.reason().closesConnection()) {
			return;
		}
		logger.info("Closed connection " + peer.address() + " (peer #" + peer.number() + "): "
				+ event.cause().getMessage());
		if (event.reason() == RejectionReason.TOO_LARGE) {
			tellPeer(peer, this.text.get("notice.too-large", this.properties.maxFrameBytes()));
		}
		else if (event.reason() == RejectionReason.TOO_SLOW) {
			tellPeer(peer, this.text.get("notice.too-slow", this.properties.frameTimeout().toSeconds()));
		}
	}

	@EventListener
	void timedOut(PeerTimedOut event) {
		tellPeer(event.peer(), this.text.get("notice.idle", this.text.duration(event.idleTimeout())));
	}

	/**
	 * Tells the other side something about the link, in its wire format: why this side is
	 * closing the connection, or which check it uses. Not a message of the conversation:
	 * not counted, not shown. A peer that cannot be told is closed all the same.
	 */
	private void tellPeer(Peer peer, String why) {
		try {
			this.gateway.send(why, peer.connectionId());
		}
		catch (RuntimeException ex) {
			logger.debug("Could not tell " + peer.address() + " why it is closed", ex);
		}
	}

	/**
	 * Sends a message to the chosen peers. Never throws for a peer's sake: every outcome
	 * is in the report, which is also published when the message reached someone (each
	 * peer it reached also has its {@link MessageSent}).
	 * @param text the message
	 * @param recipients who gets it
	 * @return what was sent to whom, or why nothing was
	 */
	public SendReport send(String text, Recipients recipients) {
		byte[] wire = this.bitTransformer.toWire(text);
		String bits = this.bitTransformer.bitsOfWire(wire);
		int wireBytes = wire.length;
		if (wireBytes > this.properties.maxFrameBytes()) {
			return SendReport.refused(text, bits,
					words("send.refused.too-large", wireBytes, this.properties.maxFrameBytes()));
		}
		List<Peer> open = this.connections.list();
		if (open.isEmpty()) {
			return SendReport.refused(text, bits, words(this.role.nobodyToSendTo()));
		}
		List<Peer> targets;
		if (recipients.all()) {
			targets = open;
		}
		else if (recipients.number() != null) {
			Optional<Peer> chosen = this.connections.byNumber(recipients.number());
			if (chosen.isEmpty()) {
				return SendReport.refused(text, bits, words("send.refused.no-such-client", recipients.number()));
			}
			targets = List.of(chosen.get());
		}
		else if (open.size() == 1) {
			targets = open;
		}
		else {
			Optional<Peer> last = this.connections.lastSender();
			if (last.isEmpty()) {
				return SendReport.refused(text, bits, words("send.refused.whom", open.size(),
						open.stream().map((peer) -> "#" + peer.number()).collect(Collectors.joining(", "))));
			}
			targets = List.of(last.get());
		}
		List<Peer> delivered = new ArrayList<>();
		List<SendReport.Failure> failed = new ArrayList<>();
		for (Peer peer : targets) {
			try {
				writeTo(peer, text);
				delivered.add(peer);
			}
			catch (RuntimeException ex) {
				// a connection that failed between the choice of peers and the write, or
				// while writing
				failed.add(new SendReport.Failure(peer, whyNotSent(ex)));
			}
		}
		SendReport report = new SendReport(text, bits, delivered, failed, null);
		if (!delivered.isEmpty()) {
			this.publisher.publishEvent(report);
		}
		return report;
	}

	/**
	 * Writes a message to one peer through the outbound flow, then counts and announces
	 * it.
	 * @throws RuntimeException (a {@link MessagingException}, mostly) if it could not be
	 * written
	 */
	private void writeTo(Peer peer, String text) {
		this.gateway.send(text, peer.connectionId());
		this.connections.sent(peer);
		this.publisher.publishEvent(new MessageSent(this, peer, text));
	}

	private static MessageSourceResolvable whyNotSent(RuntimeException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof PacedClientConnectionFactory.WaitingToReconnect) {
				return words("send.failure.not-connected");
			}
			if (cause instanceof SlowReaderException slow) {
				return words("send.failure.slow-reader", slow.waitingBytes());
			}
			if (cause instanceof SSLException tls) {
				return words("send.failure.tls", TlsFailed.whatTlsSaid(tls));
			}
			if (cause instanceof ClosedChannelException) {
				return words("send.failure.closed");
			}
		}
		return words("send.failure.io", String.valueOf(NestedExceptionUtils.getMostSpecificCause(ex).getMessage()));
	}

	/** A console message: its code in the bundle and its arguments. */
	private static MessageSourceResolvable words(String code, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { code }, arguments);
	}

}
