package io.github.comunicacaosockets.tcp;

import org.jspecify.annotations.Nullable;

/**
 * Event: a deserializer rejected a frame from one connection, which is being closed because of it.
 * Spring Integration's own {@code TcpDeserializationExceptionEvent} does not say which connection.
 *
 * @param connectionId the connection the frame came from
 * @param peer its peer, for a connection of ours
 * @param cause why the frame was rejected
 */
record FrameRejected(String connectionId, @Nullable Peer peer, FrameRejectedException cause) {
}
