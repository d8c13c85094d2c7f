package io.github.comunicacaosockets.chat;

import org.springframework.context.ApplicationEvent;

import io.github.comunicacaosockets.link.Peer;
import io.github.comunicacaosockets.wire.ReceivedText;
import io.github.comunicacaosockets.wire.WireFrame;

/**
 * Event: a frame from a peer was decoded into a message (possibly with invalid UTF-8
 * replaced). An {@link ApplicationEvent} rather than a plain object: published for every
 * message, it spares each listener the generic type Spring works out for a plain payload
 * (a profile of the benchmark found that among the costliest steps of a message).
 */
public final class MessageReceived extends ApplicationEvent {

	private final transient Peer peer;

	private final transient ReceivedText message;

	private final transient WireFrame frame;

	/**
	 * @param source what published it
	 * @param peer who sent it
	 * @param message what it says
	 * @param frame how it looked on the wire
	 */
	public MessageReceived(Object source, Peer peer, ReceivedText message, WireFrame frame) {
		super(source);
		this.peer = peer;
		this.message = message;
		this.frame = frame;
	}

	public Peer peer() {
		return this.peer;
	}

	public ReceivedText message() {
		return this.message;
	}

	public WireFrame frame() {
		return this.frame;
	}

}
