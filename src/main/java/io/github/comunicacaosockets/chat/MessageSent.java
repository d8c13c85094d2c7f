package io.github.comunicacaosockets.chat;

import io.github.comunicacaosockets.link.Peer;

/**
 * Event: a message was written to a peer's socket.
 *
 * @param peer who it went to
 * @param text what it said
 */
public record MessageSent(Peer peer, String text) {
}
