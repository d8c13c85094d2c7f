package io.github.comunicacaosockets.chat;

import io.github.comunicacaosockets.wire.ReceivedText;
import io.github.comunicacaosockets.link.Peer;
import io.github.comunicacaosockets.wire.WireFrame;

/**
 * Event: a frame from a peer was decoded into a message (possibly with invalid UTF-8 replaced).
 *
 * @param peer who sent it
 * @param message what it says
 * @param frame how it looked on the wire
 */
public record MessageReceived(Peer peer, ReceivedText message, WireFrame frame) {
}
