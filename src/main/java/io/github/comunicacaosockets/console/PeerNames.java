package io.github.comunicacaosockets.console;

import org.springframework.stereotype.Component;

import io.github.comunicacaosockets.config.ChatProperties.Role;
import io.github.comunicacaosockets.config.ChatProperties;
import io.github.comunicacaosockets.i18n.ConsoleText;
import io.github.comunicacaosockets.link.Peer;

/**
 * How the console names the other end: a server talks to {@code cliente #2}, a client to
 * {@code servidor} (in English, {@code client #2} and {@code the server}).
 */
@Component
public class PeerNames {

	private final Role role;

	private final ConsoleText text;

	public PeerNames(ChatProperties properties, ConsoleText text) {
		this.role = properties.role();
		this.text = text;
	}

	/** The name inside a sentence: {@code cliente #2} or {@code servidor}. */
	public String of(Peer peer) {
		return (this.role == Role.SERVER) ? this.text.get("peer.client", peer.number()) : this.text.get("peer.server");
	}

	/** The name at the start of a line: {@code Cliente #2} or {@code Servidor}. */
	public String title(Peer peer) {
		return (this.role == Role.SERVER) ? this.text.get("peer.client.title", peer.number())
				: this.text.get("peer.server.title");
	}

}
