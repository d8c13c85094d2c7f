package io.github.comunicacaosockets.access;

/**
 * Event: the server refused a connection, which is being closed.
 *
 * @param address the peer's address and port
 * @param reason why it was refused
 */
public record ConnectionRefused(String address, RefusalReason reason) {
}
