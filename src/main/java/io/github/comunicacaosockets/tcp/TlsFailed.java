package io.github.comunicacaosockets.tcp;

/**
 * Event: a connection failed its TLS handshake (the other side speaks plain text, or its
 * certificate is not trusted) and is being closed.
 *
 * @param peer the other side
 * @param reason what TLS reported
 */
public record TlsFailed(Peer peer, String reason) {
}
