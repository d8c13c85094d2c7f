package io.github.comunicacaosockets.link;

/**
 * Event: a connection opened and got its number.
 *
 * @param peer the new peer
 */
public record PeerConnected(Peer peer) {
}
