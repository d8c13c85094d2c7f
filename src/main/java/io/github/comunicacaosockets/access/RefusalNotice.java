package io.github.comunicacaosockets.access;

import java.time.Duration;
import java.util.Optional;

/**
 * What a server tells a client it will not serve, as one line on the wire: the reply code
 * {@code 421}, which SMTP and FTP servers give when they close the channel, then the
 * reason in the server's language ({@code 421 Servidor cheio}). A client knows a refusal
 * by its code, whatever the language or the wording; the original Python client shows the
 * line as it is.
 */
public final class RefusalNotice {

	private static final String CODE = "421 ";

	/**
	 * The slack a refusal may take past the moment it is due. A full server refuses as it
	 * accepts, so its refusal comes within one round trip; a TLS server refuses a plain
	 * client once {@code chat.tls.handshake-timeout} has passed. A second leaves room for
	 * a busy machine; a person at the server who saw the client arrive does not type a
	 * first message that fast.
	 */
	private static final Duration SLACK = Duration.ofSeconds(1);

	private RefusalNotice() {
	}

	/** The notice for a refusal, with its reason in words. */
	public static String of(String reason) {
		return CODE + reason;
	}

	/**
	 * The reason a server's notice gives, if the message is a refusal.
	 * @param message a message from the server
	 * @param first whether it is the first message on its connection: a server refuses
	 * before it sends anything else
	 * @param afterOpening how long after the connection opened it arrived
	 * @param handshakeTimeout how long a TLS server waits for a handshake before it
	 * refuses a client that speaks plain text ({@code chat.tls.handshake-timeout})
	 */
	public static Optional<String> reasonIn(String message, boolean first, Duration afterOpening,
			Duration handshakeTimeout) {
		boolean refusal = first && afterOpening.compareTo(handshakeTimeout.plus(SLACK)) < 0 && message.startsWith(CODE)
				&& message.length() > CODE.length();
		return refusal ? Optional.of(message.substring(CODE.length())) : Optional.empty();
	}

}
