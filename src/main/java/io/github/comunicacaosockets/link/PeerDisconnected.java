package io.github.comunicacaosockets.link;

/**
 * Event: a numbered connection closed, whichever side closed it.
 *
 * @param peer the peer that left
 */
public record PeerDisconnected(Peer peer) {
}
