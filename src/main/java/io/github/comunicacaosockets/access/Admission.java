package io.github.comunicacaosockets.access;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.github.comunicacaosockets.config.AddressRange;
import io.github.comunicacaosockets.config.ChatProperties;
import io.github.comunicacaosockets.i18n.ConsoleText;
import io.github.comunicacaosockets.wire.BitTransformer;

/**
 * Decides whether the server takes a new connection: it must come from an address in
 * {@code chat.allow} (this machine only, by default), and there must be room under
 * {@code chat.max-connections} and, for its address, under
 * {@code chat.max-connections-per-address} (so that one machine cannot take every place).
 * The decision is taken when the connection is accepted, before anything it sends is
 * read. A client refused because the server is full is told so, in its own wire format
 * and in the console's language, as a {@link RefusalNotice}, before the connection
 * closes; one from elsewhere is closed without a word.
 */
@Component
public class Admission {

	private final ChatProperties properties;

	private final List<AddressRange> allowed;

	private final BitTransformer bitTransformer;

	private final String fullMessage;

	private final String addressFullMessage;

	private volatile boolean closing;

	public Admission(ChatProperties properties, BitTransformer bitTransformer, ConsoleText text) {
		this.fullMessage = RefusalNotice.of(text.get("server.full"));
		this.addressFullMessage = RefusalNotice.of(text.get("server.full.address"));
		this.properties = properties;
		this.allowed = properties.allowedAddresses();
		this.bitTransformer = bitTransformer;
	}

	/**
	 * Why a new connection must be refused, if it must.
	 * @param address the peer's IP address
	 * @param connected how many clients are connected already
	 * @param connectedFromAddress how many of them from {@code address}
	 */
	public Optional<RefusalReason> refusalFor(InetAddress address, int connected, int connectedFromAddress) {
		if (this.closing) {
			return Optional.of(RefusalReason.CLOSING);
		}
		if (this.allowed.stream().noneMatch((range) -> range.contains(address))) {
			return Optional.of(RefusalReason.NOT_ALLOWED);
		}
		if (connected >= this.properties.maxConnections()) {
			return Optional.of(RefusalReason.FULL);
		}
		if (connectedFromAddress >= this.properties.maxConnectionsPerAddress()) {
			return Optional.of(RefusalReason.ADDRESS_FULL);
		}
		return Optional.empty();
	}

	/** From now on, refuses every new connection: the server is shutting down. */
	public void stopAdmitting() {
		this.closing = true;
	}

	/**
	 * What a refused client is told before its socket closes, as the payload of one
	 * message in its wire format (bits or bytes): the server is full, or full for its
	 * address. Nothing for an address outside {@code chat.allow}, for a server shutting
	 * down, and nothing over TLS, where a client could not read plain text.
	 */
	public Optional<byte[]> noticeFor(RefusalReason reason) {
		if (reason == RefusalReason.NOT_ALLOWED || reason == RefusalReason.CLOSING || this.properties.tls().enabled()) {
			return Optional.empty();
		}
		return Optional.of(this.bitTransformer
			.toWire((reason == RefusalReason.FULL) ? this.fullMessage : this.addressFullMessage));
	}

}
