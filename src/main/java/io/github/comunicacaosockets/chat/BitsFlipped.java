package io.github.comunicacaosockets.chat;

import java.util.List;

/**
 * Event: the simulated noise ({@code chat.wire.noise.bit-error-rate}) flipped bits of a
 * frame this side sent.
 *
 * @param positions the positions on the wire, from 0, of the flipped bits
 */
public record BitsFlipped(List<Integer> positions) {
}
