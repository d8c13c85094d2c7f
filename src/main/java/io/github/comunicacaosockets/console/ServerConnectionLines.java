package io.github.comunicacaosockets.console;

import org.springframework.stereotype.Component;

import io.github.comunicacaosockets.config.ServerRole;
import io.github.comunicacaosockets.i18n.ConsoleText;
import io.github.comunicacaosockets.link.Peer;

/** A server's lines for its clients' coming and going: {@code Conectado por ...}. */
@Component
@ServerRole
class ServerConnectionLines extends ConnectionLines {

	private final ConsoleRole role;

	ServerConnectionLines(ConsoleOutput out, ConsoleText text, EventLineBudget budget, ConversationEnd conversationEnd,
			ConsoleRole role) {
		super(out, text, budget, conversationEnd);
		this.role = role;
	}

	@Override
	void arrived(Peer peer) {
		this.out.println(this.text.get("client.connected", peer.address(), this.role.nameOf(peer)));
	}

	@Override
	String departed(Peer peer) {
		return this.text.get("client.disconnected", this.role.nameOf(peer), peer.address());
	}

}
