package io.github.comunicacaosockets.classroom;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One open page: where it is in the feed, and a thread of its own that sends it what
 * follows, so that a page that reads slowly, is paused or has gone holds up nobody. A
 * page is sent {@link #EVENTS_PER_SECOND} events a second at most, after a first burst of
 * {@link ClassroomFeed#HISTORY} (what a page opened late catches up on): more than a room
 * can read, and little enough that open pages never take the processor from the chat
 * under load. A page that the feed's ring laps goes on from the newest event; it is told,
 * once a second at most, how many it lost.
 */
final class PageSubscriber {

	/** The most events a page is sent in a second, once its first burst is spent. */
	static final int EVENTS_PER_SECOND = 50;

	/** How soon a page that lost its feed asks again, in milliseconds. */
	private static final long RECONNECT_MILLIS = 1000;

	private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

	private final SseEmitter emitter;

	private final ClassroomFeed feed;

	private final Executor sender;

	private final TaskScheduler scheduler;

	private final Consumer<PageSubscriber> onGone;

	/** Whether a sender runs, or is scheduled, for this page. */
	private final AtomicBoolean sending = new AtomicBoolean();

	/** What this page gets that the feed does not keep; guarded by itself. */
	private final Deque<ClassroomFeed.Unkept> unkept = new ArrayDeque<>();

	/** The last event of the feed this page got or skipped; only its sender reads it. */
	private long cursor;

	/** How many events may be sent now: a token bucket, full at first. */
	private double tokens = ClassroomFeed.HISTORY;

	private long refilledAt = System.nanoTime();

	/** Events skipped that the page has not been told of yet. */
	private long lost;

	private long toldOfLostAt = System.nanoTime() - SECOND;

	private volatile boolean gone;

	PageSubscriber(SseEmitter emitter, ClassroomFeed feed, long cursor, Executor sender, TaskScheduler scheduler,
			Consumer<PageSubscriber> onGone) {
		this.emitter = emitter;
		this.feed = feed;
		this.cursor = cursor;
		this.sender = sender;
		this.scheduler = scheduler;
		this.onGone = onGone;
		emitter.onCompletion(this::gone);
		emitter.onTimeout(this::gone);
		emitter.onError((error) -> gone());
	}

	SseEmitter emitter() {
		return this.emitter;
	}

	/** The feed has more: starts this page's sender unless it is running. Never waits. */
	void nudge() {
		if (!this.gone && !this.sending.get() && this.sending.compareAndSet(false, true)) {
			this.sender.execute(this::send);
		}
	}

	/** Queues what the page shows without the feed keeping it. */
	void offer(String kind, Object data) {
		synchronized (this.unkept) {
			if (this.unkept.size() < ClassroomFeed.HISTORY) {
				this.unkept.add(new ClassroomFeed.Unkept(kind, data));
			}
		}
		nudge();
	}

	private void send() {
		try {
			while (!this.gone) {
				if (!hasToken()) {
					// go on once the next token is there
					long wait = (long) ((1 - this.tokens) * SECOND / EVENTS_PER_SECOND);
					this.scheduler.schedule(() -> this.sender.execute(this::send), Instant.now().plusNanos(wait));
					return;
				}
				if (!sendNext()) {
					tellOfLost(true);
					this.sending.set(false);
					// something may have come between the last look and the flag
					if (hasMore() && this.sending.compareAndSet(false, true)) {
						continue;
					}
					return;
				}
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the page has gone: its connection failed, or it was completed
			gone();
			this.emitter.completeWithError(ex);
		}
	}

	private boolean hasToken() {
		long now = System.nanoTime();
		this.tokens = Math.min(ClassroomFeed.HISTORY,
				this.tokens + (double) (now - this.refilledAt) * EVENTS_PER_SECOND / SECOND);
		this.refilledAt = now;
		return this.tokens >= 1;
	}

	/** Sends what comes next, if anything: whether it sent something. */
	private boolean sendNext() throws IOException {
		ClassroomFeed.Unkept first = nextUnkept();
		if (first != null) {
			this.emitter.send(SseEmitter.event().name(first.kind()).data(first.data(), MediaType.APPLICATION_JSON));
			return true;
		}
		List<PageEvent> next = this.feed.after(this.cursor, 1);
		if (next.isEmpty()) {
			return false;
		}
		PageEvent event = next.get(0);
		if (event.id() > this.cursor + 1) {
			// lapped by the feed: on from the newest
			event = this.feed.newest();
			this.lost += event.id() - this.cursor - 1;
		}
		tellOfLost(false);
		this.cursor = event.id();
		this.tokens--;
		this.emitter.send(SseEmitter.event()
			.id(Long.toString(event.id()))
			.name(event.kind())
			.reconnectTime(RECONNECT_MILLIS)
			.data(event.data(), MediaType.APPLICATION_JSON));
		return true;
	}

	/** Tells the page how many events it lost, if any: once a second, or now. */
	private void tellOfLost(boolean now) throws IOException {
		long at = System.nanoTime();
		if (this.lost > 0 && (now || at - this.toldOfLostAt >= SECOND)) {
			this.emitter.send(SseEmitter.event().name("lost").data(Map.of("count", this.lost)));
			this.lost = 0;
			this.toldOfLostAt = at;
		}
	}

	private ClassroomFeed.@Nullable Unkept nextUnkept() {
		synchronized (this.unkept) {
			return this.unkept.poll();
		}
	}

	private boolean hasMore() {
		synchronized (this.unkept) {
			if (!this.unkept.isEmpty()) {
				return true;
			}
		}
		return !this.feed.after(this.cursor, 1).isEmpty();
	}

	private void gone() {
		if (this.gone) {
			return;
		}
		this.gone = true;
		this.onGone.accept(this);
	}

}
