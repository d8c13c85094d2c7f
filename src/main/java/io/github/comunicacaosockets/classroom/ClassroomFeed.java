package io.github.comunicacaosockets.classroom;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
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
 * The page's feed: every event, numbered, kept for a while so that a page opened late
 * sees what just happened, and handed to each open page ({@link PageSubscriber}). Whoever
 * publishes (a socket's thread, the console) only numbers the event and queues it: what
 * it says is worked out, and sent, on the pages' own threads.
 */
@Component
class ClassroomFeed implements DisposableBean {

	/** How many recent events a page opened late gets. */
	static final int HISTORY = 200;

	/** How many pages may be open at once; one thread each while it is sent to. */
	static final int MOST_PAGES = 64;

	/**
	 * How long one request of a page lasts; the page then asks again, from where it was.
	 */
	private static final Duration REQUEST_LIFETIME = Duration.ofMinutes(10);

	private final Deque<PageEvent> history = new ArrayDeque<>(HISTORY);

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

	/** Adds an event to the feed, and queues it for every open page. */
	synchronized void publish(String kind, Supplier<Object> render) {
		PageEvent event = new PageEvent(++this.lastId, kind, render);
		if (this.history.size() == HISTORY) {
			this.history.poll();
		}
		this.history.add(event);
		for (PageSubscriber page : this.pages) {
			page.offer(event);
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
	 * A new page's feed: the recent events after {@code lastEventId} (all of them for a
	 * new page), then the live ones.
	 * @param lastEventId the last event a reconnecting page got
	 * @param first what the page gets before anything else (the counts now)
	 * @return the feed, or none when {@link #MOST_PAGES} are open
	 */
	synchronized @Nullable SseEmitter subscribe(@Nullable Long lastEventId, List<Unkept> first) {
		if (this.pages.size() >= MOST_PAGES) {
			return null;
		}
		PageSubscriber page = new PageSubscriber(new SseEmitter(REQUEST_LIFETIME.toMillis()), this.senders,
				this.scheduler, this.pages::remove);
		first.forEach((event) -> page.offer(event.kind(), event.data()));
		// a page that comes back to a server started since resumes from the start
		long after = (lastEventId != null && lastEventId <= this.lastId) ? lastEventId : 0;
		PageEvent oldest = this.history.peek();
		if (after > 0 && oldest != null && oldest.id() > after + 1) {
			page.lost(oldest.id() - after - 1);
		}
		for (PageEvent event : this.history) {
			if (event.id() > after) {
				page.offer(event);
			}
		}
		this.pages.add(page);
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
