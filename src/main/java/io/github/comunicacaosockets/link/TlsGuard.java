package io.github.comunicacaosockets.link;

import java.time.Instant;

import javax.net.ssl.SSLException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.integration.ip.tcp.connection.TcpConnectionCloseEvent;
import org.springframework.integration.ip.tcp.connection.TcpConnectionExceptionEvent;
import org.springframework.integration.ip.tcp.connection.TcpConnectionOpenEvent;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

import io.github.comunicacaosockets.config.ChatProperties;
import io.github.comunicacaosockets.link.TlsFailed.Cause;

/**
 * Closes connections whose two ends do not agree on TLS, quickly and with a reason on
 * each side:
 * <ul>
 * <li>a TLS connection whose handshake has not completed in
 * {@code chat.tls.handshake-timeout} (a plain-text client waits silently for its user; a
 * plain-text server never answers);</li>
 * <li>a TLS handshake that failed;</li>
 * <li>a plain-text connection whose first bytes are TLS;</li>
 * <li>a TLS connection the other end closed before its handshake completed.</li>
 * </ul>
 * What each end does about it is its {@link LinkRole}'s: a TLS server tells a peer that
 * spoke plain text, or nothing, why it is closed, in plain text and in its wire format,
 * as a refusal; a client waits longer before each new attempt.
 */
@Component
class TlsGuard {

	private final LinkRole role;

	private final TaskScheduler scheduler;

	private final ApplicationEventPublisher publisher;

	private final ChatProperties properties;

	TlsGuard(LinkRole role, TaskScheduler scheduler, ApplicationEventPublisher publisher, ChatProperties properties) {
		this.role = role;
		this.scheduler = scheduler;
		this.publisher = publisher;
		this.properties = properties;
	}

	@EventListener
	void opened(TcpConnectionOpenEvent event) {
		if (event.getSource() instanceof TlsNioConnection tls && !tls.isEstablished()) {
			this.scheduler.schedule(() -> handshakeDue(tls),
					Instant.now().plus(this.properties.tls().handshakeTimeout()));
		}
	}

	private void handshakeDue(TlsNioConnection tls) {
		if (tls.isOpen() && !tls.isEstablished()) {
			fail(tls.peer(), Cause.TIMEOUT, "");
			this.role.closeFailedTls(tls);
		}
	}

	@EventListener
	void failed(TcpConnectionExceptionEvent event) {
		if (event.getCause() instanceof SSLException ex && event.getSource() instanceof TlsNioConnection tls) {
			fail(tls.peer(), Cause.HANDSHAKE, TlsFailed.whatTlsSaid(ex));
			this.role.closeFailedTls(tls);
		}
	}

	@EventListener
	void closed(TcpConnectionCloseEvent event) {
		if (event.getSource() instanceof TlsNioConnection tls && !tls.isEstablished()
				&& tls.peer().closeCause().isEmpty()) {
			fail(tls.peer(), Cause.CLOSED, "");
		}
	}

	@EventListener
	void tlsReceived(TlsRecordsReceived event) {
		if (event.getSource() instanceof ChatConnection connection) {
			fail(connection.peer(), Cause.NOT_EXPECTED, "");
		}
	}

	private void fail(Peer peer, Cause cause, String detail) {
		peer.closingFor(CloseCause.tls(detail));
		this.publisher.publishEvent(new TlsFailed(peer, cause, detail, this.role.setback(peer)));
	}

}
