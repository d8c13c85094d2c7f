package io.github.comunicacaosockets.load;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Classroom pages open on a server under load: all but one read their feed as a browser
 * does, counting what they get; one asks for the feed and never reads a byte of it.
 */
public final class OpenPages implements AutoCloseable {

	private static final Pattern LOST = Pattern.compile("^data:\\{\"count\":(\\d+)\\}$");

	private final List<ReadingPage> reading = new ArrayList<>();

	private final Socket stalled;

	private OpenPages(int webPort, int count) throws IOException {
		for (int i = 1; i < count; i++) {
			this.reading.add(new ReadingPage(webPort));
		}
		this.stalled = new Socket();
		this.stalled.setReceiveBufferSize(4096);
		this.stalled.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), webPort));
		OutputStream request = this.stalled.getOutputStream();
		request.write(("GET /events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII));
		request.flush();
		this.reading.forEach(ReadingPage::awaitOpen);
	}

	/** Opens {@code count} pages, one of which never reads; none when count is 0. */
	static OpenPages open(int webPort, int count) throws IOException {
		return new OpenPages(webPort, count);
	}

	/**
	 * What the pages that read got: the fewest and most events, and the lost they were
	 * told of.
	 */
	Seen seen() {
		long fewest = this.reading.stream().mapToLong((page) -> page.events.get()).min().orElse(0);
		long most = this.reading.stream().mapToLong((page) -> page.events.get()).max().orElse(0);
		long lost = this.reading.stream().mapToLong((page) -> page.toldLost.get()).sum();
		return new Seen(this.reading.size() + 1, fewest, most, lost);
	}

	@Override
	public void close() throws IOException {
		this.reading.forEach(ReadingPage::close);
		this.stalled.close();
	}

	/**
	 * What the pages saw of a load.
	 *
	 * @param pages pages open, the one that never read included
	 * @param fewestEvents the fewest events a reading page got
	 * @param mostEvents the most events a reading page got
	 * @param toldLost the lost events the reading pages were told of, in all
	 */
	public record Seen(int pages, long fewestEvents, long mostEvents, long toldLost) {

		@Override
		public String toString() {
			return String.format(
					"%d pages open (1 never reading): each reading page got %d to %d events "
							+ "and was told of %d lost in all",
					this.pages, this.fewestEvents, this.mostEvents, this.toldLost);
		}

	}

	/**
	 * A page that reads its feed as it comes, counting events and the lost it is told of.
	 */
	private static final class ReadingPage {

		private final AtomicLong events = new AtomicLong();

		private final AtomicLong toldLost = new AtomicLong();

		private final CompletableFuture<HttpResponse<Stream<String>>> response;

		ReadingPage(int webPort) {
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + webPort + "/events"))
				.header("Accept", "text/event-stream")
				.build();
			this.response = HttpClient.newHttpClient()
				.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
				.thenApply((opened) -> {
					CompletableFuture.runAsync(() -> opened.body().forEach(this::line));
					return opened;
				});
		}

		private void line(String line) {
			if (line.startsWith("event:")) {
				this.events.incrementAndGet();
			}
			Matcher lost = LOST.matcher(line);
			if (lost.matches()) {
				this.toldLost.addAndGet(Long.parseLong(lost.group(1)));
			}
		}

		void awaitOpen() {
			try {
				this.response.get(10, TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				throw new UncheckedIOException(new IOException("A page could not open its feed", ex));
			}
		}

		void close() {
			this.response.thenAccept((opened) -> opened.body().close());
		}

	}

}
