package io.github.comunicacaosockets.tcp;

import java.io.IOException;

import io.github.comunicacaosockets.codec.RejectionReason;

/**
 * A deserializer gave up on a frame: it grew past the bound, or the peer left in the middle of it.
 * Either way the connection cannot go on, so this is an {@link IOException}, which makes Spring
 * Integration close that connection (and only that one).
 */
public final class FrameRejectedException extends IOException {

	private final RejectionReason reason;

	private final int bytesSeen;

	FrameRejectedException(RejectionReason reason, int bytesSeen, String message) {
		super(message, null);
		this.reason = reason;
		this.bytesSeen = bytesSeen;
	}

	static FrameRejectedException tooLarge(int bytesSeen, int maxFrameBytes) {
		return new FrameRejectedException(RejectionReason.TOO_LARGE, bytesSeen,
				"quadro maior que o limite de " + maxFrameBytes + " bytes (chat.max-message-bytes): " + bytesSeen
						+ " bytes recebidos sem fim de linha");
	}

	static FrameRejectedException incomplete(int bytesSeen) {
		return new FrameRejectedException(RejectionReason.INCOMPLETE, bytesSeen,
				"conexão encerrada no meio de uma mensagem (" + bytesSeen + " bytes sem fim de linha)");
	}

	public RejectionReason reason() {
		return this.reason;
	}

	public int bytesSeen() {
		return this.bytesSeen;
	}

	@Override
	public synchronized Throwable fillInStackTrace() {
		return this;
	}

}
