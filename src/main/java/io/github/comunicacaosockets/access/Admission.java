package io.github.comunicacaosockets.access;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.integration.ip.tcp.connection.TcpConnection;
import org.springframework.integration.support.MessageBuilder;
import org.springframework.stereotype.Component;

import io.github.comunicacaosockets.codec.BitTransformer;
import io.github.comunicacaosockets.config.ChatProperties;
import io.github.comunicacaosockets.config.ChatProperties.Role;
import io.github.comunicacaosockets.i18n.ChatLocale;
import io.github.comunicacaosockets.i18n.ConsoleText;

/**
 * Decides whether the server takes a new connection: it must come from an address in
 * {@code chat.allow} (this machine only, by default), and there must be room under
 * {@code chat.max-connections}. A client refused because the server is full is told so, in its
 * own wire format and in the console's language, before the connection closes; one from elsewhere
 * is closed without a word.
 */
@Component
public class Admission {

	private static final Log logger = LogFactory.getLog(Admission.class);

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

	private final Executor executor;

	private final String fullMessage;

	public Admission(ChatProperties properties, BitTransformer bitTransformer,
			@Qualifier("applicationTaskExecutor") Executor executor, ConsoleText text) {
		this.fullMessage = text.get("server.full");
		this.properties = properties;
		this.allowed = properties.allowedAddresses();
		this.bitTransformer = bitTransformer;
		this.executor = executor;
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
	 * Closes a refused connection, first telling a client that the server is full. This runs off
	 * the thread that accepted the connection: that thread must stay free for other connections,
	 * and a TLS handshake needs it to finish before anything can be written.
	 */
	public void refuse(TcpConnection connection, RefusalReason reason) {
		this.executor.execute(() -> {
			try {
				if (reason == RefusalReason.FULL) {
					connection.send(MessageBuilder.withPayload(this.bitTransformer.toWire(this.fullMessage)).build());
				}
			}
			catch (RuntimeException ex) {
				logger.debug("Could not tell " + connection.getHostAddress() + " why it was refused", ex);
			}
			finally {
				connection.close();
			}
		});
	}

}
