package io.github.comunicacaosockets.tcp;

import org.springframework.context.ApplicationEvent;

/** A message was written to a peer's socket. */
public class MessageSentEvent extends ApplicationEvent {

	private final Peer peer;

	private final String text;

	public MessageSentEvent(Object source, Peer peer, String text) {
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
