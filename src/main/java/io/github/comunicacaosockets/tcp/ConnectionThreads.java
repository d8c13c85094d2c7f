package io.github.comunicacaosockets.tcp;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * The threads that accept and read the chat's connections: a cached pool, as Spring Integration
 * would make for itself. Made here, so that a server whose port cannot be bound stops at once:
 * Spring Integration stops a pool of its own from one of that pool's own threads, and waits ten
 * seconds for that thread to end. Not an {@link Executor} bean, which would replace Spring Boot's
 * application task executor.
 */
final class ConnectionThreads implements DisposableBean {

	private final ExecutorService executor = Executors.newCachedThreadPool(new CustomizableThreadFactory("chat-io-"));

	Executor executor() {
		return this.executor;
	}

	@Override
	public void destroy() {
		this.executor.shutdown();
	}

}
