package io.github.comunicacaosockets.link;

/**
 * Event: a peer does not read what is sent to it, and is being closed so that it holds up
 * nobody ({@code chat.send-timeout}, {@code chat.send-buffer}).
 *
 * @param peer the peer
 * @param reason how long it left its socket full, or how many bytes would have waited for
 * it
 */
public record PeerStalled(Peer peer, SlowReaderException reason) {
}
