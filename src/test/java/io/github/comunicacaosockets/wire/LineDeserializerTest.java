package io.github.comunicacaosockets.wire;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.integration.ip.tcp.serializer.SoftEndOfStreamException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("LineDeserializer")
@Timeout(value = 5, unit = TimeUnit.SECONDS)
class LineDeserializerTest {

	private final LineDeserializer deserializer = new LineDeserializer(16);

	private static InputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
	}

	private String next(InputStream in) throws IOException {
		return new String(this.deserializer.deserialize(in).payload(), StandardCharsets.ISO_8859_1);
	}

	@Test
	@DisplayName("reads one message per LF line, dropping a CR before the LF")
	void readsLfAndCrLfLines() throws IOException {
		InputStream in = stream("um\ndois\r\n\r\ntrês\n");

		assertThat(next(in)).isEqualTo("um");
		assertThat(next(in)).isEqualTo("dois");
		assertThat(next(in)).isEmpty();
		assertThat(next(in)).isEqualTo("três");
	}

	@Test
	@DisplayName("keeps a CR that is not right before the LF")
	void keepsInnerCr() throws IOException {
		assertThat(next(stream("a\rb\n"))).isEqualTo("a\rb");
	}

	@Test
	@DisplayName("ends softly when the stream closes between messages")
	void endsSoftlyBetweenMessages() {
		assertThatThrownBy(() -> next(stream(""))).isInstanceOf(SoftEndOfStreamException.class);
	}

	@Test
	@DisplayName("rejects a line cut short by the end of the stream as incomplete, with its size")
	void rejectsIncompleteLines() throws IOException {
		InputStream in = stream("0101");

		assertThatThrownBy(() -> next(in)).isInstanceOfSatisfying(RejectedFrameException.class, (ex) -> {
			assertThat(ex.reason()).isEqualTo(RejectionReason.INCOMPLETE);
			assertThat(ex.bytesSeen()).isEqualTo(4);
		});
	}

	@Test
	@DisplayName("cuts a 100 MiB stream without a line end at the bound: it reads one byte past it, and keeps nothing")
	void cutsEndlessStreamAtTheBound() {
		int bound = 64 * 1024;
		LineDeserializer lines = new LineDeserializer(bound);
		EndlessZeros hundredMebibytes = new EndlessZeros(100L * 1024 * 1024);

		assertThatThrownBy(() -> {
			while (true) {
				lines.deserialize(hundredMebibytes);
			}
		}).isInstanceOfSatisfying(RejectedFrameException.class,
				(ex) -> assertThat(ex.bytesSeen()).isEqualTo(bound + 1));
		assertThat(hundredMebibytes.read).isEqualTo(bound + 1);
	}

	/**
	 * A stream of ASCII zeros, produced as they are read: the test itself holds none of
	 * them.
	 */
	private static final class EndlessZeros extends InputStream {

		private final long length;

		private long read;

		EndlessZeros(long length) {
			this.length = length;
		}

		@Override
		public int read() {
			if (this.read == this.length) {
				return -1;
			}
			this.read++;
			return '0';
		}

		@Override
		public int available() {
			return (int) Math.min(this.length - this.read, 8192);
		}

	}

	@Test
	@DisplayName("never waits for the rest of a line: keeps the part and finishes it when the rest arrives")
	void keepsPartOfALineWithoutWaiting() throws IOException {
		ArrivingBytes in = new ArrivingBytes(false);

		in.arrive("01001");
		assertThat(this.deserializer.deserialize(in)).isNull();
		assertThat(in.unfinishedLine().length()).isEqualTo(5);
		in.arrive("111\n0");
		assertThat(next(in)).isEqualTo("01001111");
		assertThat(this.deserializer.deserialize(in)).isNull();
		in.arrive("1\n");
		assertThat(next(in)).isEqualTo("01");
		assertThat(in.unfinishedLine().length()).isZero();
	}

	@Test
	@DisplayName("reports the size of the part left when the connection closes, and forgets it")
	void reportsPartLeftAtClose() throws IOException {
		ArrivingBytes in = new ArrivingBytes(false);
		in.arrive("0100");
		assertThat(this.deserializer.deserialize(in)).isNull();

		assertThat(in.unfinishedLine().connectionClosed(in.available())).isEqualTo(4);
		assertThat(in.unfinishedLine().length()).isZero();
	}

	@Test
	@DisplayName("when a connection closes with bytes still unread, the read that takes them reports the unfinished line")
	void reportsPartLeftBehindUnreadBytes() throws IOException {
		ArrivingBytes in = new ArrivingBytes(false);
		in.arrive("ok\nmeia");

		assertThat(in.unfinishedLine().connectionClosed(in.available())).isZero();
		assertThat(next(in)).isEqualTo("ok");
		assertThatThrownBy(() -> next(in)).isInstanceOfSatisfying(RejectedFrameException.class,
				(ex) -> assertThat(ex.bytesSeen()).isEqualTo(4));
		assertThat(in.unfinishedLine().length()).isZero();
	}

	@Test
	@DisplayName("accepts a line exactly as long as the bound")
	void acceptsLineAtTheBound() throws IOException {
		assertThat(next(stream("0123456789abcdef\n"))).hasSize(16);
	}

	@ParameterizedTest(name = "line end {0}, read {1}")
	@CsvSource({ "LF, in bulk", "LF, byte by byte", "CR LF, in bulk", "CR LF, byte by byte" })
	@DisplayName("accepts a line exactly as long as the bound, split anywhere, whatever read brings its line end")
	void acceptsLineAtTheBoundSplitAnywhere(String lineEnd, String reading) throws IOException {
		String wire = "0123456789abcdef" + lineEnd.replace("CR", "\r").replace("LF", "\n").replace(" ", "");
		for (int split = 1; split < wire.length(); split++) {
			LineDeserializer lines = new LineDeserializer(16);
			ArrivingBytes in = new ArrivingBytes(reading.equals("in bulk"));

			in.arrive(wire.substring(0, split));
			assertThat(lines.deserialize(in)).as("after %d bytes", split).isNull();
			in.arrive(wire.substring(split));
			ReceivedFrame frame = lines.deserialize(in);
			assertThat(frame.payload()).as("after the rest")
				.asString(StandardCharsets.ISO_8859_1)
				.isEqualTo("0123456789abcdef");
			assertThat(frame.lineEnd()).as("its line end").isEqualTo(wire.substring(16));
		}
	}

	@ParameterizedTest(name = "read {0}")
	@CsvSource({ "in bulk", "byte by byte" })
	@DisplayName("counts the content only: a CR LF after a line at the bound is its line end, a CR and anything else is one byte too many")
	void countsTheContentOnly(String reading) throws IOException {
		ArrivingBytes in = new ArrivingBytes(reading.equals("in bulk"));
		in.arrive("0123456789abcdef\r\n0123456789abcdef\r");
		assertThat(next(in)).isEqualTo("0123456789abcdef");
		assertThat(this.deserializer.deserialize(in)).isNull();

		in.arrive("X");
		assertThatThrownBy(() -> this.deserializer.deserialize(in)).isInstanceOfSatisfying(RejectedFrameException.class,
				(ex) -> {
					assertThat(ex.reason()).isEqualTo(RejectionReason.TOO_LARGE);
					assertThat(ex.bytesSeen()).isEqualTo(18);
				});
	}

	@ParameterizedTest(name = "read {0}")
	@CsvSource({ "in bulk", "byte by byte" })
	@DisplayName("rejects a line one byte over the bound when that byte arrives, before its line end")
	void rejectsLineOverTheBoundAsItArrives(String reading) throws IOException {
		ArrivingBytes in = new ArrivingBytes(reading.equals("in bulk"));
		in.arrive("0123456789abcdef");
		assertThat(this.deserializer.deserialize(in)).isNull();

		in.arrive("X\r\n");
		assertThatThrownBy(() -> this.deserializer.deserialize(in)).isInstanceOfSatisfying(RejectedFrameException.class,
				(ex) -> assertThat(ex.bytesSeen()).isEqualTo(17));
		assertThat(in.available()).as("bytes left unread").isEqualTo(2);
	}

	@Test
	@DisplayName("rejects a line one byte over the bound as too large, without reading further")
	void rejectsLineOverTheBound() throws IOException {
		InputStream in = stream("0123456789abcdefX and much more\n");

		assertThatThrownBy(() -> next(in)).isInstanceOfSatisfying(RejectedFrameException.class, (ex) -> {
			assertThat(ex.reason()).isEqualTo(RejectionReason.TOO_LARGE);
			assertThat(ex.bytesSeen()).isEqualTo(17);
		});
		assertThat(in.available()).isEqualTo(" and much more\n".length());
	}

}
