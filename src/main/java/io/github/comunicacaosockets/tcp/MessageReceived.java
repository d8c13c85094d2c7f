package io.github.comunicacaosockets.tcp;

import io.github.comunicacaosockets.codec.ReceivedText;

/**
 * Event: a frame from a peer was decoded into a message (possibly with invalid UTF-8 replaced).
 *
 * @param peer who sent it
 * @param message what it says
 * @param frame how it looked on the wire
 */
public record MessageReceived(Peer peer, ReceivedText message, WireFrame frame) {
}
