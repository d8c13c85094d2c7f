package io.github.comunicacaosockets.link;

import java.time.Duration;

/**
 * Event: a connection stayed silent for {@code chat.idle-timeout} and is being closed.
 *
 * @param peer the silent peer
 * @param idleTimeout how long it was silent
 */
public record PeerTimedOut(Peer peer, Duration idleTimeout) {
}
