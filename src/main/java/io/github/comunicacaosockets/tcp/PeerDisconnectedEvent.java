package io.github.comunicacaosockets.tcp;

import org.springframework.context.ApplicationEvent;

/** A numbered connection closed, whichever side closed it. */
public class PeerDisconnectedEvent extends ApplicationEvent {

	private final Peer peer;

	public PeerDisconnectedEvent(Object source, Peer peer) {
		super(source);
		this.peer = peer;
	}

	public Peer peer() {
		return this.peer;
	}

}
