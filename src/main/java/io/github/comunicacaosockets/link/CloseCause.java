package io.github.comunicacaosockets.link;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import io.github.comunicacaosockets.wire.RejectedFrameException;

/**
 * Why a connection is closing, as the layer that closes it knows it: the reason the
 * meters count, and the words the console shows (a message code with its arguments). A
 * connection has at most one ({@link Peer#closingFor}); one that closes without a cause
 * was closed by the other side.
 *
 * @param reason the reason, as {@code chat.connections.closed} tags it
 * @param description the reason in words, for the console
 */
public record CloseCause(CloseReason reason, MessageSourceResolvable description) {

	/** This side ended the conversation ({@code sair}, a shutdown). */
	public static CloseCause local() {
		return of(CloseReason.LOCAL, "detail.reason.local");
	}

	/** The peer sent nothing for {@code chat.idle-timeout}. */
	static CloseCause idle() {
		return of(CloseReason.IDLE, "detail.reason.idle");
	}

	/** The peer left what was sent to it unread. */
	static CloseCause slowReader(SlowReaderException why) {
		return of(CloseReason.SLOW_READER, "detail.reason.slow-reader", why.waitingBytes());
	}

	/** The two ends did not agree on TLS, with what TLS said, if anything. */
	static CloseCause tls(String detail) {
		return of(CloseReason.TLS, "detail.reason.tls", detail);
	}

	/** The connection failed (a reset, say), with what the failure said. */
	static CloseCause failed(String detail) {
		return of(CloseReason.PEER, "detail.reason.failed", detail);
	}

	/** The peer sent a frame after which the rest of its stream cannot be framed. */
	static CloseCause frameRejected(RejectedFrameException rejection) {
		return new CloseCause(CloseReason.FRAME_REJECTED, rejection.description());
	}

	/** The server refused this client, with what it said. */
	public static CloseCause refused(String notice) {
		return of(CloseReason.REFUSED, "detail.reason.refused", notice);
	}

	private static CloseCause of(CloseReason reason, String code, Object... arguments) {
		return new CloseCause(reason, new DefaultMessageSourceResolvable(new String[] { code }, arguments));
	}

}
