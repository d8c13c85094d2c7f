package io.github.comunicacaosockets.wire;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.core.serializer.Deserializer;
import org.springframework.integration.ip.tcp.serializer.SoftEndOfStreamException;

/**
 * Reads one LF-terminated line, dropping a CR right before the LF (so {@code nc}, telnet
 * and Windows peers all work). The bound is on the line's content, as
 * {@link UnfinishedLine} says.
 * <p>
 * It never waits for the rest of a line on a connection of ours: their streams keep the
 * line they leave unfinished ({@link KeepsUnfinishedLine}), so a read that ends in the
 * middle of a line returns {@code null} (no message yet) and the thread goes back to
 * serving other connections. A peer that sends half a line and stops therefore holds only
 * its own part, which grows no further than the frame bound. Any other stream is read
 * until its line ends, as a deserializer usually is.
 */
public class LineDeserializer implements Deserializer<ReceivedFrame> {

	private final int maxFrameBytes;

	public LineDeserializer(int maxFrameBytes) {
		this.maxFrameBytes = maxFrameBytes;
	}

	/**
	 * Returns the next line with its line end, or, from a stream that keeps its
	 * unfinished line, {@code null} when what has arrived ends in the middle of one.
	 * @throws SoftEndOfStreamException when the stream ends between lines
	 * @throws RejectedFrameException when a line grows past the bound, or the stream ends
	 * inside one
	 */
	@Override
	public ReceivedFrame deserialize(InputStream inputStream) throws IOException {
		if (inputStream instanceof KeepsUnfinishedLine keeper) {
			return keeper.unfinishedLine().readOn(inputStream, this.maxFrameBytes);
		}
		UnfinishedLine line = UnfinishedLine.unwatched();
		ReceivedFrame frame;
		do {
			frame = line.readOn(inputStream, this.maxFrameBytes);
		}
		while (frame == null);
		return frame;
	}

	/**
	 * A connection's input stream that keeps the line its bytes leave unfinished from one
	 * read to the next.
	 */
	public interface KeepsUnfinishedLine {

		UnfinishedLine unfinishedLine();

	}

}
