package io.github.comunicacaosockets.classroom;

import java.util.List;
import java.util.Map;

/**
 * A frame's bits as the page draws them: grouped as the console groups them, which of
 * them the link's check added, which the noise flipped and which the check put right, and
 * the signal of each line code under them, one path per group, cell for cell.
 *
 * @param groups the bits, {@code 0} and {@code 1}, in groups for reading (a byte, a byte
 * and its parity bit, a Hamming codeword, a CRC)
 * @param checkBits the positions (from 0, over all the groups) of the check's bits
 * @param flipped the positions of the bits the noise flipped
 * @param corrected the positions of the bits the check put right
 * @param signal per line code ({@code nrz}, {@code nrzi}, {@code manchester}), the SVG
 * path of each group's signal, {@link FrameViews#CELL} wide per bit
 * @param totalBits how many bits the frame has on the wire
 * @param cut whether only the first bits are drawn
 */
record FrameView(List<String> groups, List<Integer> checkBits, List<Integer> flipped, List<Integer> corrected,
		Map<String, List<String>> signal, int totalBits, boolean cut) {
}
