package io.github.comunicacaosockets.tcp;

/**
 * Event: a deserializer rejected a frame from one connection, which is being closed because of it.
 * Spring Integration's own {@code TcpDeserializationExceptionEvent} does not say which connection.
 *
 * @param connectionId the connection the frame came from
 * @param cause why the frame was rejected
 */
record FrameRejected(String connectionId, FrameRejectedException cause) {
}
