package io.github.comunicacaosockets.config;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings under {@code chat.}: who we are, where we listen or connect, and how messages
 * travel.
 *
 * @param role whether this process is the server or a client
 * @param host the address the server binds to, or the host a client connects to
 * @param port the TCP port (0 lets the server pick a free one)
 * @param wire how a message is written on the socket
 * @param maxMessageBytes the largest frame accepted, in bytes as they arrive on the wire
 * @param retryInterval how long a client waits between attempts to reach the server
 * @param maxConnections how many clients the server serves at once; the next one is
 * refused
 * @param maxConnectionsPerAddress how many of them may come from one IP address
 * @param idleTimeout how long a connection may stay silent before it is closed; none
 * means no limit
 * @param frameTimeout how long a peer may take to finish a line it has started; past that
 * its connection is closed (so that a peer trickling bytes cannot hold a place for ever)
 * @param sendTimeout how long a peer may leave what is sent to it unread before it is
 * closed as a slow reader
 * @param sendBuffer how many bytes may wait for a peer that reads slowly; one more, and
 * it is closed as a slow reader
 * @param allow the addresses clients may connect from; none means this machine only
 * @param tls whether connections are encrypted
 * @param echo whether the server sends every message back to its sender, as a
 * demonstration of a round trip and for measuring one
 * @param console how the console shows what happens
 * @param locale the console's language: Portuguese unless this, or the JVM's own
 * {@code -Duser.language}, says English ({@code en})
 */
@Validated
@ConfigurationProperties("chat")
public record ChatProperties(@NotNull @DefaultValue("server") Role role,
		@NotBlank @DefaultValue("localhost") String host, @Min(0) @Max(65535) @DefaultValue("5000") int port,
		@NotNull @Valid @DefaultValue Wire wire, @NotNull @DefaultValue("64KB") DataSize maxMessageBytes,
		@NotNull @DefaultValue("2s") Duration retryInterval, @Min(1) @DefaultValue("100") int maxConnections,
		@Min(1) @DefaultValue("50") int maxConnectionsPerAddress, @Nullable Duration idleTimeout,
		@NotNull @DefaultValue("60s") Duration frameTimeout, @NotNull @DefaultValue("5s") Duration sendTimeout,
		@NotNull @DefaultValue("1MB") DataSize sendBuffer, @NotNull @DefaultValue List<AddressRange> allow,
		@NotNull @Valid @DefaultValue Tls tls, @DefaultValue("false") boolean echo,
		@NotNull @Valid @DefaultValue Console console, @Nullable Locale locale) {

	public ChatProperties {
		if (maxMessageBytes != null
				&& (maxMessageBytes.toBytes() < 8 || maxMessageBytes.toBytes() > Integer.MAX_VALUE - 8)) {
			throw new IllegalArgumentException(
					"chat.max-message-bytes must be between 8B and 2GB, but was " + maxMessageBytes);
		}
		if (retryInterval != null && (retryInterval.isNegative() || retryInterval.isZero())) {
			throw new IllegalArgumentException("chat.retry-interval must be positive, but was " + retryInterval);
		}
		if (frameTimeout != null && frameTimeout.toSeconds() < 1) {
			throw new IllegalArgumentException("chat.frame-timeout must be at least 1s, but was " + frameTimeout);
		}
		if (sendTimeout != null && (sendTimeout.isNegative() || sendTimeout.isZero())) {
			throw new IllegalArgumentException("chat.send-timeout must be positive, but was " + sendTimeout);
		}
		if (sendBuffer != null && sendBuffer.toBytes() < 1) {
			throw new IllegalArgumentException("chat.send-buffer must be at least 1B, but was " + sendBuffer);
		}
		if (idleTimeout != null && (idleTimeout.toMillis() < 1 || idleTimeout.toMillis() > Integer.MAX_VALUE)) {
			throw new IllegalArgumentException(
					"chat.idle-timeout must be between 1ms and about 24 days, but was " + idleTimeout);
		}
	}

	/**
	 * The addresses clients may connect from: {@code chat.allow}, or loopback when it is
	 * empty.
	 */
	public List<AddressRange> allowedAddresses() {
		return this.allow.isEmpty() ? AddressRange.LOOPBACK : this.allow;
	}

	/** The frame bound as an {@code int}, ready for buffers. */
	public int maxFrameBytes() {
		return (int) this.maxMessageBytes.toBytes();
	}

	/**
	 * How a message is written on the socket.
	 *
	 * @param encoding the payload: the text's bits as ASCII digits, or its UTF-8 bytes
	 * @param framing where one message ends: at a line end, or wherever one read ends
	 * @param check the error check added to each frame's bits (both ends must agree);
	 * only with the bits encoding
	 * @param noise a noisy link simulated by the sender, off by default
	 */
	public record Wire(@NotNull @DefaultValue("bits") Encoding encoding, @NotNull @DefaultValue("line") Framing framing,
			@NotNull @DefaultValue("none") Check check, @Valid @NotNull @DefaultValue Noise noise) {

		public Wire {
			if (check != null && check != Check.NONE && encoding == Encoding.BYTES) {
				throw new IllegalArgumentException("chat.wire.check=" + check.value()
						+ " works on bits: it needs chat.wire.encoding=bits, but it is bytes");
			}
			if (noise != null && noise.bitErrorRate() > 0 && encoding == Encoding.BYTES) {
				throw new IllegalArgumentException(
						"chat.wire.noise.bit-error-rate flips bits on the wire: it needs chat.wire.encoding=bits, but it is bytes");
			}
		}

	}

	/**
	 * A noisy link, simulated by the sender: each bit it puts on the wire, check bits
	 * included, is flipped with this probability.
	 *
	 * @param bitErrorRate the probability that a bit is flipped, from 0 (no noise) to 1
	 * @param seed the seed of the noise, for a demonstration that flips the same bits
	 * every time; none means a different noise on every start
	 */
	public record Noise(@DefaultValue("0") double bitErrorRate, @Nullable Long seed) {

		public Noise {
			if (bitErrorRate < 0 || bitErrorRate > 1 || Double.isNaN(bitErrorRate)) {
				throw new IllegalArgumentException(
						"chat.wire.noise.bit-error-rate must be between 0 and 1, but was " + bitErrorRate);
			}
		}

	}

	/** The error check added to each frame's bits. */
	public enum Check {

		/** None: the bits travel as they are. */
		NONE,

		/**
		 * One even-parity bit after each byte's eight: finds an odd number of flips in a
		 * byte.
		 */
		PARITY,

		/**
		 * The 32 bits of the frame's CRC-32 (IEEE, as Ethernet and
		 * {@code java.util.zip.CRC32}) after its bits: finds any burst of up to 32 flips.
		 */
		CRC32,

		/**
		 * Each byte as two Hamming(7,4) codewords, high nibble first: corrects one
		 * flipped bit in each codeword.
		 */
		HAMMING;

		/**
		 * The check as {@code chat.wire.check} writes it, such as {@code parity}: in
		 * console lines and as a meter's tag.
		 */
		public String value() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * Encryption of the chat connections.
	 *
	 * @param enabled whether both ends speak TLS
	 * @param bundle the name of the Spring Boot SSL bundle ({@code spring.ssl.bundle.*})
	 * with this end's key and the certificates it trusts
	 * @param clientAuth whether the server asks clients for a certificate
	 * @param handshakeTimeout how long a new connection has to complete its TLS handshake
	 * before it is closed (a peer that does not speak TLS never does)
	 */
	public record Tls(@DefaultValue("false") boolean enabled, @NotBlank @DefaultValue("chat") String bundle,
			@NotNull @DefaultValue("none") ClientAuth clientAuth,
			@NotNull @DefaultValue("5s") Duration handshakeTimeout) {

		public Tls {
			if (handshakeTimeout != null && handshakeTimeout.toSeconds() < 1) {
				throw new IllegalArgumentException(
						"chat.tls.handshake-timeout must be at least 1s, but was " + handshakeTimeout);
			}
		}

	}

	/**
	 * How the console shows what happens.
	 *
	 * @param eventsPerSecond how many messages, rejections and connections a second are
	 * shown one by one; the rest are summed up once a second
	 * @param verbose whether the console also shows each frame's bytes and line end and
	 * every TCP event (open, close and why); the {@code detalhes} command switches it
	 * while running
	 */
	public record Console(@Min(1) @DefaultValue("20") int eventsPerSecond, @DefaultValue("false") boolean verbose) {
	}

	/** Whether the server asks clients for a certificate, and insists on one. */
	public enum ClientAuth {

		NONE, WANT, NEED

	}

	/** Which end of the conversation this process is. */
	/**
	 * Which end of the chat this process is: chosen once, by the beans marked
	 * {@link ServerRole} or {@link ClientRole}.
	 */
	public enum Role {

		SERVER, CLIENT;

		/** As {@code chat.role} spells it. */
		public String value() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** The payload written for one message. */
	public enum Encoding {

		/**
		 * Each UTF-8 byte as eight ASCII {@code 0}/{@code 1} characters, most significant
		 * bit first.
		 */
		BITS,

		/** The UTF-8 bytes themselves. */
		BYTES

	}

	/** Where one message ends on the stream. */
	public enum Framing {

		/** One message per line: LF ends it, a CR before the LF is dropped. */
		LINE,

		/** Whatever one read returns is one message; nothing is added on send. */
		RAW

	}

}
