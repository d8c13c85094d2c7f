package io.github.comunicacaosockets.wire;

/**
 * A line as the {@link LineDeserializer} took it off the wire: its bytes, and the line
 * end that closed it, which the message does not keep but the verbose console shows.
 *
 * @param payload the line's bytes, without its line end
 * @param lineEnd {@code "\n"}, or {@code "\r\n"} when a CR came before the LF
 */
public record ReceivedFrame(byte[] payload, String lineEnd) {
}
