package io.github.comunicacaosockets.classroom;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The page's feed: every event, numbered, in a ring of the last {@link #KEPT}, which each
 * open page ({@link PageSubscriber}) reads at its own pace from where it is. Whoever
 * publishes (a socket's thread, the console) only numbers the event, puts it in the ring
 * and nudges the pages that are idle: what it says is worked out, and sent, on the pages'
 * own threads. A page that falls more than the ring behind has lost the events it skips,
 * and is told how many.
 */
@Component
class ClassroomFeed implements DisposableBean {

	/** How many recent events a page opened now gets first. */
	static final int HISTORY = 200;

	/** How many events are kept for pages that are behind or come back. */
	static final int KEPT = 1000;

	/** How many pages may be open at once; one thread each while it is sent to. */
	static final int MOST_PAGES = 64;

	/**
	 * How long one request of a page lasts; the page then asks again, from where it was.
	 */
	private static final Duration REQUEST_LIFETIME = Duration.ofMinutes(10);

	private final PageEvent[] ring = new PageEvent[KEPT];

	private final Set<PageSubscriber> pages = ConcurrentHashMap.newKeySet();

	private final ExecutorService senders;

	private final TaskScheduler scheduler;

	private long lastId;

	ClassroomFeed(TaskScheduler scheduler) {
		this.scheduler = scheduler;
		AtomicInteger threads = new AtomicInteger();
		this.senders = Executors.newCachedThreadPool((task) -> {
			Thread thread = new Thread(task, "classroom-page-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/** Adds an event to the feed, and nudges the open pages that are idle. */
	void publish(String kind, Supplier<Object> render) {
		synchronized (this) {
			long id = ++this.lastId;
			this.ring[(int) (id % KEPT)] = new PageEvent(id, kind, render);
		}
		for (PageSubscriber page : this.pages) {
			page.nudge();
		}
	}

	/**
	 * Queues for every open page what is not kept for later pages, such as the counts.
	 */
	void broadcast(String kind, Object data) {
		for (PageSubscriber page : this.pages) {
			page.offer(kind, data);
		}
	}

	boolean hasPages() {
		return !this.pages.isEmpty();
	}

	/**
	 * The events after {@code after}, at most {@code most}, oldest first; the first may
	 * come later than {@code after + 1} when those before it are no longer kept.
	 */
	synchronized List<PageEvent> after(long after, int most) {
		long from = Math.max(after + 1, this.lastId - KEPT + 1);
		long to = Math.min(this.lastId, from + most - 1);
		if (to < from) {
			return List.of();
		}
		PageEvent[] events = new PageEvent[(int) (to - from + 1)];
		for (long id = from; id <= to; id++) {
			events[(int) (id - from)] = this.ring[(int) (id % KEPT)];
		}
		return List.of(events);
	}

	/** The newest event; there is one once {@link #after} has returned one. */
	synchronized PageEvent newest() {
		return this.ring[(int) (this.lastId % KEPT)];
	}

	/**
	 * A new page's feed: the last {@link #HISTORY} events (a page that comes back: those
	 * after {@code lastEventId}), then the live ones.
	 * @param lastEventId the last event a page that comes back got
	 * @param first what the page gets before anything else (the counts now)
	 * @return the feed, or none when {@link #MOST_PAGES} are open
	 */
	synchronized @Nullable SseEmitter subscribe(@Nullable Long lastEventId, List<Unkept> first) {
		if (this.pages.size() >= MOST_PAGES) {
			return null;
		}
		// a page that comes back to a server started since begins as a new one
		long after = (lastEventId != null && lastEventId <= this.lastId) ? lastEventId
				: Math.max(0, this.lastId - HISTORY);
		PageSubscriber page = new PageSubscriber(new SseEmitter(REQUEST_LIFETIME.toMillis()), this, after, this.senders,
				this.scheduler, this.pages::remove);
		first.forEach((event) -> page.offer(event.kind(), event.data()));
		this.pages.add(page);
		page.nudge();
		return page.emitter();
	}

	/**
	 * Ends every page's feed as the application starts to close: the web server's
	 * graceful shutdown would otherwise wait for these requests, which never end by
	 * themselves. A page whose server comes back resumes on its own.
	 */
	@EventListener(ContextClosedEvent.class)
	void closing() {
		this.pages.forEach((page) -> page.emitter().complete());
	}

	@Override
	public void destroy() {
		closing();
		this.senders.shutdownNow();
	}

	/**
	 * Something a page gets that the feed does not keep.
	 *
	 * @param kind the SSE event name
	 * @param data what it says
	 */
	record Unkept(String kind, Object data) {
	}

}
