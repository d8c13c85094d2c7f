package io.github.comunicacaosockets.classroom;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.github.comunicacaosockets.console.ConsoleRole;
import io.github.comunicacaosockets.i18n.ConsoleText;
import io.github.comunicacaosockets.observability.ChatCounts;

/**
 * The page's two requests besides its files (which are the jar's {@code static/}): its
 * feed, {@code /events}, and its words, {@code /texts}, in the console's language. The
 * counts {@code status} shows go to open pages once a second, when they change.
 */
@RestController
class ClassroomController {

	/** The words of the page, by their key in the console's bundles. */
	private static final List<String> WORDS = List.of("page.title", "page.lead", "page.pause", "page.resume",
			"page.paused", "page.line-code", "page.to", "page.from", "page.legend.check", "page.legend.flipped",
			"page.legend.corrected", "page.lost", "page.cut", "page.waiting", "page.offline", "page.counts.open",
			"page.counts.opened", "page.counts.closed", "page.counts.refused", "page.counts.received",
			"page.counts.sent", "page.counts.rejected");

	private final ClassroomFeed feed;

	private final MeterRegistry registry;

	private final ConsoleText text;

	private final ConsoleRole role;

	private volatile @Nullable ChatCounts lastCounts;

	ClassroomController(ClassroomFeed feed, MeterRegistry registry, ConsoleText text, ConsoleRole role) {
		this.feed = feed;
		this.registry = registry;
		this.text = text;
		this.role = role;
	}

	@GetMapping(path = "/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter events(@RequestHeader(name = "Last-Event-ID", required = false) @Nullable Long lastEventId) {
		SseEmitter feed = this.feed.subscribe(lastEventId,
				List.of(new ClassroomFeed.Unkept("counts", ChatCounts.of(this.registry))));
		if (feed == null) {
			throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
					"At most " + ClassroomFeed.MOST_PAGES + " pages may be open at once");
		}
		return feed;
	}

	@GetMapping("/texts")
	Map<String, String> texts() {
		Map<String, String> words = new LinkedHashMap<>();
		words.put("lang", this.text.get("page.lang"));
		words.put("role", this.role.key());
		for (String key : WORDS) {
			words.put(key.substring("page.".length()), this.text.get(key));
		}
		return words;
	}

	/** The counts, to the open pages, when they have changed. */
	@Scheduled(fixedDelay = 1000)
	void sendCounts() {
		if (!this.feed.hasPages()) {
			return;
		}
		ChatCounts counts = ChatCounts.of(this.registry);
		if (!counts.equals(this.lastCounts)) {
			this.lastCounts = counts;
			this.feed.broadcast("counts", counts);
		}
	}

}
