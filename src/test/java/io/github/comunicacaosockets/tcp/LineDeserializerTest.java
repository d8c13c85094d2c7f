package io.github.comunicacaosockets.tcp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.integration.ip.tcp.serializer.SoftEndOfStreamException;

import io.github.comunicacaosockets.codec.RejectionReason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("LineDeserializer")
class LineDeserializerTest {

	private final LineDeserializer deserializer = new LineDeserializer(16);

	private static InputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
	}

	private String next(InputStream in) throws IOException {
		return new String(this.deserializer.deserialize(in), StandardCharsets.ISO_8859_1);
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
	void rejectsIncompleteLines() {
		assertThatThrownBy(() -> next(stream("0101"))).isInstanceOfSatisfying(FrameRejectedException.class, (ex) -> {
			assertThat(ex.reason()).isEqualTo(RejectionReason.INCOMPLETE);
			assertThat(ex.bytesSeen()).isEqualTo(4);
		});
	}

	@Test
	@DisplayName("accepts a line exactly as long as the bound")
	void acceptsLineAtTheBound() throws IOException {
		assertThat(next(stream("0123456789abcdef\n"))).hasSize(16);
	}

	@Test
	@DisplayName("rejects a line one byte over the bound as too large, without reading further")
	void rejectsLineOverTheBound() throws IOException {
		InputStream in = stream("0123456789abcdefX and much more\n");

		assertThatThrownBy(() -> next(in)).isInstanceOfSatisfying(FrameRejectedException.class, (ex) -> {
			assertThat(ex.reason()).isEqualTo(RejectionReason.TOO_LARGE);
			assertThat(ex.bytesSeen()).isEqualTo(17);
		});
		assertThat(in.available()).isEqualTo(" and much more\n".length());
	}

}
