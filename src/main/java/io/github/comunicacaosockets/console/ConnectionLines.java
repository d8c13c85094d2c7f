package io.github.comunicacaosockets.console;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.context.event.EventListener;

import io.github.comunicacaosockets.i18n.ConsoleText;
import io.github.comunicacaosockets.link.CloseReason;
import io.github.comunicacaosockets.link.Peer;
import io.github.comunicacaosockets.link.PeerConnected;
import io.github.comunicacaosockets.link.PeerDisconnected;

/**
 * The console's line when the other end arrives and when it leaves, as the seed's scripts
 * said them; {@link ServerConnectionLines} and {@link ClientConnectionLines} word them
 * for each end. A close this console has already explained with a line of its own (a
 * failed TLS handshake, a slow reader, a refusal) gets no second line, nor do the closes
 * of a conversation that is ending.
 */
abstract class ConnectionLines {

	private static final Set<CloseReason> EXPLAINED_BY_THEIR_OWN_LINE = EnumSet.of(CloseReason.TLS,
			CloseReason.SLOW_READER, CloseReason.REFUSED);

	protected final ConsoleOutput out;

	protected final ConsoleText text;

	private final EventLineBudget budget;

	private final ConversationEnd conversationEnd;

	ConnectionLines(ConsoleOutput out, ConsoleText text, EventLineBudget budget, ConversationEnd conversationEnd) {
		this.out = out;
		this.text = text;
		this.budget = budget;
		this.conversationEnd = conversationEnd;
	}

	@EventListener
	void connected(PeerConnected event) {
		if (this.budget.allow()) {
			arrived(event.peer());
		}
	}

	@EventListener
	void disconnected(PeerDisconnected event) {
		Peer peer = event.peer();
		if (!this.conversationEnd.isEnding() && !EXPLAINED_BY_THEIR_OWN_LINE.contains(peer.closeReason())
				&& this.budget.allow()) {
			this.out.println(departed(peer));
		}
	}

	/** Says that the other end has connected. */
	abstract void arrived(Peer peer);

	/** The line for the other end's leaving. */
	abstract String departed(Peer peer);

}
