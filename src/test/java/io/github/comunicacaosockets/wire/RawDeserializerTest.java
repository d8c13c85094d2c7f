package io.github.comunicacaosockets.wire;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.integration.ip.tcp.serializer.SoftEndOfStreamException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("RawDeserializer")
class RawDeserializerTest {

	@Test
	@DisplayName("returns what is available in one read as one message, line ends included")
	void returnsOneRead() throws IOException {
		InputStream in = new ByteArrayInputStream("Olá\nmundo".getBytes(StandardCharsets.UTF_8));

		assertThat(new RawDeserializer(1024).deserialize(in)).isEqualTo("Olá\nmundo".getBytes(StandardCharsets.UTF_8));
	}

	@Test
	@DisplayName("never returns more than the bound; the rest is the next message")
	void splitsAtTheBound() throws IOException {
		InputStream in = new ByteArrayInputStream("0123456789".getBytes(StandardCharsets.US_ASCII));
		RawDeserializer deserializer = new RawDeserializer(4);

		assertThat(new String(deserializer.deserialize(in), StandardCharsets.US_ASCII)).isEqualTo("0123");
		assertThat(new String(deserializer.deserialize(in), StandardCharsets.US_ASCII)).isEqualTo("4567");
		assertThat(new String(deserializer.deserialize(in), StandardCharsets.US_ASCII)).isEqualTo("89");
	}

	@Test
	@DisplayName("ends softly when the stream is closed")
	void endsSoftly() {
		assertThatThrownBy(() -> new RawDeserializer(16).deserialize(new ByteArrayInputStream(new byte[0])))
			.isInstanceOf(SoftEndOfStreamException.class);
	}

}
