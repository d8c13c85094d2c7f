package io.github.comunicacaosockets.tcp;

/**
 * Event: a message was written to a peer's socket.
 *
 * @param peer who it went to
 * @param text what it said
 */
public record MessageSent(Peer peer, String text) {
}
