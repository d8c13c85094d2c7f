package io.github.comunicacaosockets.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.awaitility.Awaitility.await;

/**
 * The classroom page's feed, {@code /events}, read over real HTTP as a browser's
 * {@code EventSource} reads it: each Server-Sent Event with its id, its name and its
 * JSON.
 */
public final class PageFeed implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<Event> events = new CopyOnWriteArrayList<>();

	private final CompletableFuture<HttpResponse<Stream<String>>> response;

	private PageFeed(int webPort, @Nullable Long lastEventId) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + webPort + "/events"))
			.header("Accept", "text/event-stream");
		if (lastEventId != null) {
			request.header("Last-Event-ID", lastEventId.toString());
		}
		this.response = HttpClient.newHttpClient()
			.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines())
			.thenApply((opened) -> {
				CompletableFuture.runAsync(() -> read(opened.body()));
				return opened;
			});
	}

	/** Opens the page's feed, as a page opened now does. */
	public static PageFeed open(int webPort) {
		return new PageFeed(webPort, null);
	}

	/** Opens the feed again, as a page that lost it does, from the last event it got. */
	public static PageFeed resume(int webPort, long lastEventId) {
		return new PageFeed(webPort, lastEventId);
	}

	private void read(Stream<String> lines) {
		List<String> block = new ArrayList<>();
		lines.forEach((line) -> {
			if (line.isEmpty()) {
				if (!block.isEmpty()) {
					this.events.add(Event.of(block));
				}
				block.clear();
			}
			else {
				block.add(line);
			}
		});
	}

	/** The HTTP response's headers and status, once the feed has opened. */
	public HttpResponse<Stream<String>> response() {
		return this.response.orTimeout(WirePeer.TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
	}

	/** Every event the feed has brought so far, in order. */
	public List<Event> events() {
		return List.copyOf(this.events);
	}

	/** Waits for the first event named {@code name} whose data satisfies {@code test}. */
	public Event awaits(String name, Predicate<JsonNode> test) {
		return await().atMost(WirePeer.TIMEOUT)
			.until(() -> this.events.stream()
				.filter((event) -> event.name().equals(name) && test.test(event.data()))
				.findFirst()
				.orElse(null), (event) -> event != null);
	}

	/** Waits for a message whose text is {@code text}. */
	public Event awaitsMessage(String text) {
		return awaits("message", (data) -> data.get("text").asString().equals(text));
	}

	@Override
	public void close() {
		this.response.thenAccept((opened) -> opened.body().close());
		this.response.cancel(true);
	}

	/**
	 * One Server-Sent Event.
	 *
	 * @param id its id, if it has one
	 * @param name its name ({@code message} when none was given)
	 * @param data its data, as JSON
	 */
	public record Event(@Nullable Long id, String name, JsonNode data) {

		static Event of(List<String> lines) {
			Long id = null;
			String name = "message";
			StringBuilder data = new StringBuilder();
			for (String line : lines) {
				if (line.startsWith("id:")) {
					id = Long.valueOf(line.substring(3).trim());
				}
				else if (line.startsWith("event:")) {
					name = line.substring(6).trim();
				}
				else if (line.startsWith("data:")) {
					data.append((data.length() > 0) ? "\n" : "").append(line.substring(5));
				}
			}
			return new Event(id, name, JSON.readTree(data.isEmpty() ? "null" : data.toString()));
		}

	}

}
