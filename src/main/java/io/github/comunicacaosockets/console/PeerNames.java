package io.github.comunicacaosockets.console;

import org.springframework.stereotype.Component;

import io.github.comunicacaosockets.config.ChatProperties;
import io.github.comunicacaosockets.config.ChatProperties.Role;
import io.github.comunicacaosockets.tcp.Peer;

/**
 * How the console names the other end: a server talks to {@code cliente #2}, a client to
 * {@code servidor}.
 */
@Component
public class PeerNames {

	private final Role role;

	public PeerNames(ChatProperties properties) {
		this.role = properties.role();
	}

	/** The name inside a sentence: {@code cliente #2} or {@code servidor}. */
	public String of(Peer peer) {
		return (this.role == Role.SERVER) ? "cliente #" + peer.number() : "servidor";
	}

	/** The name at the start of a line: {@code Cliente #2} or {@code Servidor}. */
	public String title(Peer peer) {
		String name = of(peer);
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

}
