package io.github.comunicacaosockets.chat;

import org.springframework.stereotype.Component;

import io.github.comunicacaosockets.config.ChatProperties;
import io.github.comunicacaosockets.config.ServerRole;
import io.github.comunicacaosockets.link.Peer;
import io.github.comunicacaosockets.wire.ReceivedText;

/** The server's side of the conversation: every message from a client is a message. */
@Component
@ServerRole
class ServerConversation implements ConversationRole {

	private final boolean echo;

	ServerConversation(ChatProperties properties) {
		this.echo = properties.echo();
	}

	@Override
	public void receive(ReceivedText message, Peer from, boolean first, Runnable deliver) {
		deliver.run();
	}

	@Override
	public boolean echoes() {
		return this.echo;
	}

	@Override
	public boolean tellsOfItsCheck() {
		return true;
	}

	@Override
	public String nobodyToSendTo() {
		return "send.refused.no-clients";
	}

}
