package io.github.comunicacaosockets.chat;

import org.jspecify.annotations.Nullable;

import org.springframework.integration.annotation.MessagingGateway;
import org.springframework.integration.ip.IpHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.messaging.handler.annotation.Payload;

/**
 * Where outgoing text enters the outbound flow. Failures (no such connection, a broken
 * socket) come back to the caller as exceptions.
 */
@MessagingGateway(defaultRequestChannel = ChatFlows.OUTGOING_MESSAGES)
public interface ChatGateway {

	/**
	 * Sends one message.
	 * @param text the message
	 * @param connectionId the server-side connection to write to; {@code null} on a
	 * client
	 */
	void send(@Payload String text,
			@Header(name = IpHeaders.CONNECTION_ID, required = false) @Nullable String connectionId);

}
