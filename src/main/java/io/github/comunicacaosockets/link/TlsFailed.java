package io.github.comunicacaosockets.link;

import java.time.Duration;
import java.util.regex.Pattern;

import javax.net.ssl.SSLException;

import org.jspecify.annotations.Nullable;

/**
 * Event: a connection is closed because the two ends do not agree on TLS: a handshake
 * failed (the other side speaks plain text, or a certificate is not trusted), did not
 * complete in {@code chat.tls.handshake-timeout}, or the other side speaks TLS to an end
 * that does not.
 *
 * @param peer the other side
 * @param cause what went wrong
 * @param detail what TLS reported, for a failed handshake
 * @param retryIn on a client, how long until the next attempt
 */
public record TlsFailed(Peer peer, Cause cause, String detail, @Nullable Duration retryIn) {

	/**
	 * The alert's name that newer JDKs put before the message, e.g. "(bad_certificate) ".
	 */
	private static final Pattern ALERT_PREFIX = Pattern.compile("^\\([a-z_]+\\) ");

	/**
	 * What TLS reported, as a person reads it: the message, without the alert's name that
	 * Java 25 repeats in front of it ("(bad_certificate) Received fatal alert:
	 * bad_certificate"), so that every JDK gives the same line.
	 */
	public static String whatTlsSaid(SSLException failure) {
		return ALERT_PREFIX.matcher(String.valueOf(failure.getMessage())).replaceFirst("");
	}

	/** What went wrong. */
	public enum Cause {

		/** The handshake failed. */
		HANDSHAKE,

		/** The handshake did not complete in time. */
		TIMEOUT,

		/** The other end closed the connection before the handshake completed. */
		CLOSED,

		/** The other side speaks TLS, and this end does not use it. */
		NOT_EXPECTED

	}

}
