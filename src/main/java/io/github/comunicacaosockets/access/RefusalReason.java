package io.github.comunicacaosockets.access;

/**
 * Why the server refused a connection. The tag is the value of the {@code reason} tag on
 * {@code chat.connections.rejected}.
 */
public enum RefusalReason {

	/** {@code chat.max-connections} clients are already connected. */
	FULL("full"),

	/**
	 * {@code chat.max-connections-per-address} clients from its address are already
	 * connected.
	 */
	ADDRESS_FULL("address-full"),

	/** The address is outside {@code chat.allow}. */
	NOT_ALLOWED("not-allowed"),

	/** The server is shutting down. */
	CLOSING("closing");

	private final String tag;

	RefusalReason(String tag) {
		this.tag = tag;
	}

	/** Whether the server refused for want of room, overall or for the address. */
	public boolean isForWantOfRoom() {
		return this == FULL || this == ADDRESS_FULL;
	}

	public String tag() {
		return this.tag;
	}

}
