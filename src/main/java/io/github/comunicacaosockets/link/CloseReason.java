package io.github.comunicacaosockets.link;

/**
 * Why a connection closed, as {@code chat.connections.closed} tags it.
 */
public enum CloseReason {

	/** The other side closed it, or it failed. */
	PEER("peer"),

	/** This side ended the conversation ({@code sair}, a shutdown). */
	LOCAL("local"),

	/** It sent nothing for {@code chat.idle-timeout}. */
	IDLE("idle"),

	/** It sent a frame that could not be taken (too large, or cut off). */
	FRAME_REJECTED("frame-rejected"),

	/**
	 * It did not read what was sent to it ({@code chat.send-timeout},
	 * {@code chat.send-buffer}).
	 */
	SLOW_READER("slow-reader"),

	/** The two ends did not agree on TLS. */
	TLS("tls"),

	/** The server refused this client (it is full). */
	REFUSED("refused");

	private final String tag;

	CloseReason(String tag) {
		this.tag = tag;
	}

	public String tag() {
		return this.tag;
	}

}
