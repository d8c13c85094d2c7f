package io.github.comunicacaosockets.access;

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

	private RefusalNotice() {
	}

	/** The notice for a refusal, with its reason in words. */
	public static String of(String reason) {
		return CODE + reason;
	}

	/**
	 * The reason a server's notice gives, if the message is a refusal.
	 * @param message a message from the server
	 * @param first whether it is the first message on its connection: a server refuses as
	 * it accepts, so its refusal is never preceded by anything
	 */
	public static Optional<String> reasonIn(String message, boolean first) {
		return (first && message.startsWith(CODE) && message.length() > CODE.length())
				? Optional.of(message.substring(CODE.length())) : Optional.empty();
	}

}
