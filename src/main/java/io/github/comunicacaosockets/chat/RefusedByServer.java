package io.github.comunicacaosockets.chat;

import java.time.Duration;
import io.github.comunicacaosockets.link.Peer;
import io.github.comunicacaosockets.link.ReconnectPacing;

/**
 * Event, on a client: the server refused this connection (it is full, or it speaks TLS)
 * and closes it; the client tries again after {@code retryIn} ({@link ReconnectPacing}).
 *
 * @param server the server's end
 * @param notice what the server said
 * @param retryIn how long until the next attempt
 */
public record RefusedByServer(Peer server, String notice, Duration retryIn) {
}
