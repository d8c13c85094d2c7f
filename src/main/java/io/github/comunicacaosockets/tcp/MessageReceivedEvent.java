package io.github.comunicacaosockets.tcp;

import org.springframework.context.ApplicationEvent;

import io.github.comunicacaosockets.codec.ReceivedText;

/** A frame from a peer was decoded into a message (possibly with invalid UTF-8 replaced). */
public class MessageReceivedEvent extends ApplicationEvent {

	private final Peer peer;

	private final ReceivedText message;

	public MessageReceivedEvent(Object source, Peer peer, ReceivedText message) {
		super(source);
		this.peer = peer;
		this.message = message;
	}

	public Peer peer() {
		return this.peer;
	}

	public ReceivedText message() {
		return this.message;
	}

}
