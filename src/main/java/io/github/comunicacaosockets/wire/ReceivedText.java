package io.github.comunicacaosockets.wire;

/**
 * A frame decoded into the message it carries.
 *
 * @param text the message, with U+FFFD where the bytes were not valid UTF-8
 * @param bits the message's bytes as bits, grouped eight per group for reading
 * @param byteCount how many UTF-8 bytes the message has
 * @param validUtf8 whether the bytes were valid UTF-8
 */
public record ReceivedText(String text, String bits, int byteCount, boolean validUtf8) {
}
