package io.github.comunicacaosockets.chat;

import org.springframework.context.ApplicationEvent;

import io.github.comunicacaosockets.link.Peer;

/**
 * Event: a message was written to a peer's socket. An {@link ApplicationEvent}, as
 * {@link MessageReceived} is, since it too is published for every message.
 */
public final class MessageSent extends ApplicationEvent {

	private final transient Peer peer;

	private final String text;

	/**
	 * @param source what published it
	 * @param peer who it went to
	 * @param text what it said
	 */
	public MessageSent(Object source, Peer peer, String text) {
		super(source);
		this.peer = peer;
		this.text = text;
	}

	public Peer peer() {
		return this.peer;
	}

	public String text() {
		return this.text;
	}

}
