package io.github.comunicacaosockets.access;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import io.github.comunicacaosockets.codec.BitTransformer;
import io.github.comunicacaosockets.config.ChatProperties;
import io.github.comunicacaosockets.config.ChatProperties.Framing;
import io.github.comunicacaosockets.config.ChatProperties.Role;
import io.github.comunicacaosockets.i18n.ChatLocale;
import io.github.comunicacaosockets.i18n.ConsoleText;

/**
 * Decides whether the server takes a new connection: it must come from an address in
 * {@code chat.allow} (this machine only, by default), and there must be room under
 * {@code chat.max-connections}. The decision is taken when the connection is accepted, before
 * anything it sends is read. A client refused because the server is full is told so, in its own
 * wire format and in the console's language, before the connection closes; one from elsewhere is
 * closed without a word.
 */
@Component
public class Admission {

	/**
	 * What a server says to a client it refuses (it is full, or it speaks TLS and the client did
	 * not), in every language it may speak.
	 */
	private static final Set<String> REFUSALS = ChatLocale.SUPPORTED.stream()
		.map(ConsoleText::withoutContext)
		.flatMap((text) -> Stream.of(text.get("server.full"), text.get("server.tls-only")))
		.collect(Collectors.toUnmodifiableSet());

	private final ChatProperties properties;

	private final List<AddressRange> allowed;

	private final BitTransformer bitTransformer;

	private final String fullMessage;

	public Admission(ChatProperties properties, BitTransformer bitTransformer, ConsoleText text) {
		this.fullMessage = text.get("server.full");
		this.properties = properties;
		this.allowed = properties.allowedAddresses();
		this.bitTransformer = bitTransformer;
	}

	/**
	 * Why a new connection must be refused, if it must.
	 * @param hostAddress the peer's IP address, as a literal
	 * @param connected how many clients are connected already
	 */
	public Optional<RefusalReason> refusalFor(String hostAddress, int connected) {
		if (this.properties.role() != Role.SERVER) {
			return Optional.empty();
		}
		if (!isAllowed(hostAddress)) {
			return Optional.of(RefusalReason.NOT_ALLOWED);
		}
		return (connected >= this.properties.maxConnections()) ? Optional.of(RefusalReason.FULL) : Optional.empty();
	}

	/**
	 * Whether a server's message is its refusal: what it tells a client before it closes the
	 * connection, in any of the console's languages.
	 */
	public static boolean isRefusal(String message) {
		return REFUSALS.contains(message);
	}

	private boolean isAllowed(String hostAddress) {
		try {
			InetAddress address = InetAddress.getByName(hostAddress);
			return this.allowed.stream().anyMatch((range) -> range.contains(address));
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	/**
	 * What a refused client is told before its socket closes, in its wire format: the server is
	 * full. Nothing for an address outside {@code chat.allow}, and nothing over TLS, where a client
	 * could not read plain text.
	 */
	public Optional<byte[]> noticeFor(RefusalReason reason) {
		if (reason != RefusalReason.FULL || this.properties.tls().enabled()) {
			return Optional.empty();
		}
		byte[] payload = this.bitTransformer.toWire(this.fullMessage);
		if (this.properties.wire().framing() == Framing.RAW) {
			return Optional.of(payload);
		}
		byte[] line = Arrays.copyOf(payload, payload.length + 1);
		line[payload.length] = '\n';
		return Optional.of(line);
	}

}
