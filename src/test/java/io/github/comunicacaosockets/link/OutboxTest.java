package io.github.comunicacaosockets.link;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

@DisplayName("An outbox, writing to a real socket")
class OutboxTest {

	private static final Outbox.Limits LIMITS = new Outbox.Limits(Duration.ofSeconds(2), 64 * 1024);

	/** Stands for TLS: what goes on the wire is not the frame as given. */
	private static final Outbox.Encoding UPPER_CASE = (frame) -> ByteBuffer.wrap(StandardCharsets.US_ASCII.decode(frame)
		.toString()
		.toUpperCase(Locale.ROOT)
		.getBytes(StandardCharsets.US_ASCII));

	private final ExecutorService writers = Executors.newCachedThreadPool();

	private final AtomicReference<@Nullable SlowReaderException> slowReader = new AtomicReference<>();

	private SocketChannel channel;

	private Socket peer;

	@BeforeEach
	void connect() throws IOException {
		try (ServerSocketChannel listening = ServerSocketChannel.open()) {
			listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
			this.peer = new Socket();
			this.peer.setReceiveBufferSize(4096);
			this.peer.connect(listening.getLocalAddress());
			this.channel = listening.accept();
		}
		this.channel.configureBlocking(false);
		this.channel.setOption(StandardSocketOptions.SO_SNDBUF, 4096);
		this.peer.setSoTimeout(5000);
	}

	@AfterEach
	void close() throws IOException {
		this.writers.shutdownNow();
		this.channel.close();
		this.peer.close();
	}

	@Test
	@DisplayName("writes a plain frame at once, as it is")
	void writesAtOnce() throws IOException {
		Outbox outbox = Outbox.plain(this.channel, this.writers, LIMITS, this.slowReader::set);

		outbox.send(ascii("oi\n"));

		assertThat(read(3)).isEqualTo("oi\n");
		assertThat(outbox.waitingBytes()).isZero();
	}

	@Test
	@DisplayName("not ready, keeps what it is given; once ready, encodes and writes it in the order given, then the rest as it comes")
	void keepsFramesUntilReady() throws IOException {
		Outbox outbox = Outbox.notReadyYet(this.channel, this.writers, LIMITS, this.slowReader::set, UPPER_CASE);

		outbox.send(ascii("um\n"));
		outbox.send(ascii("dois\n"));
		assertThat(outbox.waitingBytes()).isEqualTo(8);
		this.peer.setSoTimeout(300);
		assertThatExceptionOfType(SocketTimeoutException.class).as("nothing written before it is ready")
			.isThrownBy(() -> this.peer.getInputStream().read());
		this.peer.setSoTimeout(5000);

		outbox.ready();
		outbox.send(ascii("tres\n"));

		assertThat(read(13)).isEqualTo("UM\nDOIS\nTRES\n");
	}

	@Test
	@DisplayName("not ready, is bounded by chat.send-buffer as a ready one is")
	void notReadyIsBounded() throws IOException {
		Outbox outbox = Outbox.notReadyYet(this.channel, this.writers, LIMITS, this.slowReader::set, UPPER_CASE);
		outbox.send(new byte[60 * 1024]);

		assertThatExceptionOfType(SlowReaderException.class).isThrownBy(() -> outbox.send(new byte[8 * 1024]))
			.satisfies((slow) -> assertThat(slow.waitingBytes()).isEqualTo(68 * 1024));
		assertThat(this.slowReader.get()).as("told as a slow reader").isNotNull();
		assertThatExceptionOfType(IOException.class).as("later sends fail")
			.isThrownBy(() -> outbox.send(ascii("oi\n")));
	}

	@Test
	@DisplayName("tells of a slow reader once its socket has taken nothing for chat.send-timeout, and drops what waited")
	void tellsOfAStalledPeer() throws IOException {
		Outbox outbox = Outbox.plain(this.channel, this.writers, LIMITS, this.slowReader::set);
		for (int i = 0; i < 1000 && outbox.waitingBytes() == 0; i++) {
			outbox.send(new byte[16 * 1024]);
		}
		assertThat(outbox.waitingBytes()).as("some bytes wait for the peer").isPositive();

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(this.slowReader.get()).isNotNull());
		assertThat(this.slowReader.get().stalledFor()).isEqualTo(Duration.ofSeconds(2));
		assertThat(outbox.waitingBytes()).isZero();
	}

	@Test
	@DisplayName("closes once what waits has been written, not before")
	void closesWhenWritten() throws Exception {
		Outbox outbox = Outbox.plain(this.channel, this.writers, LIMITS, this.slowReader::set);
		byte[] frame = new byte[16 * 1024];
		int sent = 0;
		while (outbox.waitingBytes() == 0) {
			outbox.send(frame);
			sent += frame.length;
		}
		CompletableFuture<Void> closed = new CompletableFuture<>();

		outbox.closeWhenWritten(() -> closed.complete(null));

		assertThat(closed).as("not closed while bytes wait").isNotDone();
		assertThat(this.peer.getInputStream().readNBytes(sent)).hasSize(sent);
		closed.get();
		assertThat(this.slowReader.get()).isNull();
	}

	@Test
	@DisplayName("closes at once when nothing waits")
	void closesAtOnceWhenNothingWaits() throws IOException {
		Outbox outbox = Outbox.plain(this.channel, this.writers, LIMITS, this.slowReader::set);
		outbox.send(ascii("oi\n"));
		CompletableFuture<Void> closed = new CompletableFuture<>();

		outbox.closeWhenWritten(() -> closed.complete(null));

		assertThat(closed).isDone();
	}

	private String read(int count) throws IOException {
		InputStream input = this.peer.getInputStream();
		return new String(input.readNBytes(count), StandardCharsets.US_ASCII);
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

}
