package io.github.comunicacaosockets.tcp;

import org.springframework.context.ApplicationEvent;

/** A connection opened and got its number. */
public class PeerConnectedEvent extends ApplicationEvent {

	private final Peer peer;

	public PeerConnectedEvent(Object source, Peer peer) {
		super(source);
		this.peer = peer;
	}

	public Peer peer() {
		return this.peer;
	}

}
