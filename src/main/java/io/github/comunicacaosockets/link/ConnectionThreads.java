package io.github.comunicacaosockets.link;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * The threads that accept and read the chat's connections: a cached pool, as Spring
 * Integration would make for itself. Made here, so that a server whose port cannot be
 * bound stops at once: Spring Integration stops a pool of its own from one of that pool's
 * own threads, and waits ten seconds for that thread to end. Not an {@link Executor}
 * bean, which would replace Spring Boot's application task executor. A failure that ends
 * one of them goes to the log, not the console.
 */
final class ConnectionThreads implements DisposableBean {

	private static final Log logger = LogFactory.getLog(ConnectionThreads.class);

	private final ExecutorService executor = Executors.newCachedThreadPool(new CustomizableThreadFactory("chat-io-") {

		@Override
		public Thread newThread(Runnable task) {
			Thread thread = super.newThread(task);
			thread.setUncaughtExceptionHandler(ConnectionThreads::ended);
			return thread;
		}

	});

	/**
	 * Logs what ended a thread, rather than printing a stack trace on the console: a
	 * connection that is stopped while its last read is handled ends that way (Spring
	 * Integration then finds the selector closed).
	 */
	private static void ended(Thread thread, Throwable failure) {
		logger.debug(thread.getName() + " ended with " + failure, failure);
	}

	Executor executor() {
		return this.executor;
	}

	@Override
	public void destroy() {
		this.executor.shutdown();
	}

}
