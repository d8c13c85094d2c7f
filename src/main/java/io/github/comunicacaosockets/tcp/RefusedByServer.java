package io.github.comunicacaosockets.tcp;

import java.time.Duration;

/**
 * Event, on a client: the server refused this connection (it is full, or it speaks TLS) and closes
 * it; the client tries again after {@code retryIn} ({@link ReconnectPacing}).
 *
 * @param server the server's end
 * @param notice what the server said
 * @param retryIn how long until the next attempt
 */
public record RefusedByServer(Peer server, String notice, Duration retryIn) {
}
