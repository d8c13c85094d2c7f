package io.github.comunicacaosockets.tcp;

import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.integration.ip.tcp.inbound.TcpReceivingChannelAdapter;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

import io.github.comunicacaosockets.config.ChatProperties;

/**
 * How long a client waits before it tries a server that refused it again: {@code chat.retry-interval}
 * after the first refusal, then twice as long each time, up to {@value #MAX_SECONDS} s, so that a
 * full server is not asked again and again. Spring Integration retries at a fixed rate, so the
 * client's inbound adapter is stopped for the wait and started again after it. A message from the
 * server, or one sent to it, means the client is served: the next refusal waits the shortest time
 * again.
 */
@Component
class RefusalBackoff {

	private static final int MAX_SECONDS = 30;

	private final Duration first;

	private final ObjectProvider<TcpReceivingChannelAdapter> inbound;

	private final TaskScheduler scheduler;

	private Duration next;

	RefusalBackoff(ChatProperties properties, ObjectProvider<TcpReceivingChannelAdapter> inbound,
			TaskScheduler scheduler) {
		this.first = properties.retryInterval();
		this.next = this.first;
		this.inbound = inbound;
		this.scheduler = scheduler;
	}

	/**
	 * Stops trying for a while after a refusal.
	 * @return how long until the next attempt
	 */
	synchronized Duration refused() {
		Duration wait = this.next;
		Duration doubled = wait.multipliedBy(2);
		this.next = (doubled.compareTo(Duration.ofSeconds(MAX_SECONDS)) > 0) ? Duration.ofSeconds(MAX_SECONDS) : doubled;
		TcpReceivingChannelAdapter adapter = this.inbound.getObject();
		this.scheduler.schedule(adapter::stop, Instant.now());
		this.scheduler.schedule(adapter::start, Instant.now().plus(wait));
		return wait;
	}

	@EventListener
	void served(MessageReceived event) {
		reset();
	}

	@EventListener
	void served(MessageSent event) {
		reset();
	}

	private synchronized void reset() {
		this.next = this.first;
	}

}
