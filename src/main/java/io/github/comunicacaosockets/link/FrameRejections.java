package io.github.comunicacaosockets.link;

import org.springframework.context.ApplicationEventPublisher;

import io.github.comunicacaosockets.wire.RejectedFrameException;

/**
 * The one place where a frame that was not delivered as a message is announced, wherever
 * it was found (by the deserializer as it framed the bytes, by a connection at its end or
 * its time limit, by the flow as it decoded the bits): its peer counts it, a rejection
 * that closes the connection becomes the connection's close cause, and a
 * {@link FrameRejected} is published.
 */
public final class FrameRejections {

	private final ApplicationEventPublisher publisher;

	FrameRejections(ApplicationEventPublisher publisher) {
		this.publisher = publisher;
	}

	/** Announces a frame from {@code peer} that was not delivered, for {@code cause}. */
	public void reject(Peer peer, RejectedFrameException cause) {
		long fromThePeer = peer.rejected(cause);
		this.publisher.publishEvent(new FrameRejected(peer, cause, fromThePeer == 1));
	}

}
