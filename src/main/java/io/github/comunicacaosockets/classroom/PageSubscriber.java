package io.github.comunicacaosockets.classroom;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.springframework.http.MediaType;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One open page: what it has still to be sent, bounded, and sent by a thread of its own,
 * so that a page that reads slowly, is paused or has gone holds up nobody. When more
 * waits than the bound, the oldest events are dropped, and the page is told how many
 * before the next one it gets.
 */
final class PageSubscriber {

	/** How many events may wait for one page. */
	static final int CAPACITY = 500;

	/** The most events a page is sent in a second. */
	static final int EVENTS_PER_SECOND = 200;

	/** How soon a page that lost its feed asks again, in milliseconds. */
	private static final long RECONNECT_MILLIS = 1000;

	private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

	private final SseEmitter emitter;

	private final Executor sender;

	private final TaskScheduler scheduler;

	private long secondStarted;

	private int sentThisSecond;

	private final Consumer<PageSubscriber> onGone;

	private final Deque<Object> waiting = new ArrayDeque<>();

	private long lost;

	private boolean sending;

	private boolean gone;

	PageSubscriber(SseEmitter emitter, Executor sender, TaskScheduler scheduler, Consumer<PageSubscriber> onGone) {
		this.emitter = emitter;
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

	/** Queues an event for the page; never waits. */
	void offer(PageEvent event) {
		queue(event);
	}

	/** Queues what the page shows without keeping it in the feed's history. */
	void offer(String kind, Object data) {
		queue(new Unnumbered(kind, data));
	}

	/** Counts events the page will never get: tells it, before the next one. */
	synchronized void lost(long count) {
		this.lost += count;
	}

	private synchronized void queue(Object event) {
		if (this.gone) {
			return;
		}
		if (this.waiting.size() >= CAPACITY) {
			this.waiting.poll();
			this.lost++;
		}
		this.waiting.add(event);
		if (!this.sending) {
			this.sending = true;
			this.sender.execute(this::send);
		}
	}

	private void send() {
		while (true) {
			Object next;
			long lostNow;
			long now = System.nanoTime();
			if (now - this.secondStarted >= SECOND) {
				this.secondStarted = now;
				this.sentThisSecond = 0;
			}
			else if (this.sentThisSecond >= EVENTS_PER_SECOND) {
				// the page's budget for this second is spent: go on when the next starts
				this.scheduler.schedule(() -> this.sender.execute(this::send),
						Instant.now().plusNanos(SECOND - (now - this.secondStarted)));
				return;
			}
			synchronized (this) {
				lostNow = this.lost;
				this.lost = 0;
				next = this.waiting.poll();
				if (next == null && lostNow == 0 || this.gone) {
					this.sending = false;
					return;
				}
			}
			this.sentThisSecond++;
			try {
				if (lostNow > 0) {
					this.emitter.send(SseEmitter.event().name("lost").data(Map.of("count", lostNow)));
				}
				if (next instanceof PageEvent event) {
					this.emitter.send(SseEmitter.event()
						.id(Long.toString(event.id()))
						.name(event.kind())
						.reconnectTime(RECONNECT_MILLIS)
						.data(event.data(), MediaType.APPLICATION_JSON));
				}
				else if (next instanceof Unnumbered event) {
					this.emitter
						.send(SseEmitter.event().name(event.kind()).data(event.data(), MediaType.APPLICATION_JSON));
				}
			}
			catch (IOException | IllegalStateException ex) {
				// the page has gone: its connection failed, or it was completed
				gone();
				this.emitter.completeWithError(ex);
				return;
			}
		}
	}

	private void gone() {
		synchronized (this) {
			if (this.gone) {
				return;
			}
			this.gone = true;
			this.waiting.clear();
			this.sending = false;
		}
		this.onGone.accept(this);
	}

	private record Unnumbered(String kind, Object data) {
	}

}
