package io.github.comunicacaosockets.classroom;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * One event of the page's feed: its number in the feed (the SSE id a reconnecting page
 * resumes from), its kind (the SSE event name), and what it says, worked out the first
 * time a page needs it rather than on the thread that published it.
 */
final class PageEvent {

	private final long id;

	private final String kind;

	private final Supplier<Object> render;

	private volatile @Nullable Object data;

	PageEvent(long id, String kind, Supplier<Object> render) {
		this.id = id;
		this.kind = kind;
		this.render = render;
	}

	long id() {
		return this.id;
	}

	String kind() {
		return this.kind;
	}

	/** What the event says, as the page reads it (JSON). */
	Object data() {
		Object rendered = this.data;
		if (rendered == null) {
			rendered = this.render.get();
			this.data = rendered;
		}
		return rendered;
	}

}
