package io.github.comunicacaosockets.access;

import java.util.Optional;

/**
 * What a server tells a client it will not serve, as one line on the wire: the reply code
 * {@code 421}, which SMTP and FTP servers give when they close the channel, then the
 * reason in the server's language ({@code 421 Servidor cheio}), and a close. A client
 * knows a refusal by its code and the close that follows it, whatever the language or the
 * wording; the original Python client shows the line as it is.
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
	 * The reason a line gives, if it is in the form of a refusal: the code, a space, and
	 * a reason. A client takes it as one only as the first line of its connection, and
	 * only once the server has closed the connection after it.
	 */
	public static Optional<String> reasonIn(String line) {
		boolean refusal = line.startsWith(CODE) && line.length() > CODE.length();
		return refusal ? Optional.of(line.substring(CODE.length())) : Optional.empty();
	}

}
