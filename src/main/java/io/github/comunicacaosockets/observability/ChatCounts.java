package io.github.comunicacaosockets.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The connection and message counts, as {@code status} gives them and the classroom page
 * shows them, read from the meters {@code /actuator/metrics} shows.
 *
 * @param open connections open now
 * @param opened connections opened since start
 * @param closed connections closed since start
 * @param refused connections the server refused
 * @param received messages received
 * @param sent messages sent
 * @param rejected frames not delivered as messages
 */
public record ChatCounts(long open, long opened, long closed, long refused, long received, long sent, long rejected) {

	/** The counts as the meters have them now. */
	public static ChatCounts of(MeterRegistry registry) {
		return new ChatCounts((long) registry.get("chat.connections.active").gauge().value(),
				total(registry, "chat.connections.opened"), total(registry, "chat.connections.closed"),
				total(registry, "chat.connections.rejected"), total(registry, "chat.messages.received"),
				total(registry, "chat.messages.sent"), total(registry, "chat.messages.rejected"));
	}

	/** A counter's total over all its tags. */
	private static long total(MeterRegistry registry, String name) {
		return (long) registry.find(name).counters().stream().mapToDouble(Counter::count).sum();
	}

}
