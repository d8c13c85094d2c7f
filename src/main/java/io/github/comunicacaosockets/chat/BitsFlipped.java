package io.github.comunicacaosockets.chat;

import java.util.List;

/**
 * Event: the simulated noise ({@code chat.wire.noise.bit-error-rate}) flipped bits of a
 * frame this side sent.
 *
 * @param positions the positions on the wire, from 0, of the flipped bits
 * @param wire the frame's bits as they went on the wire, flipped ones included, one
 * {@code 0} or {@code 1} each
 */
public record BitsFlipped(List<Integer> positions, String wire) {
}
