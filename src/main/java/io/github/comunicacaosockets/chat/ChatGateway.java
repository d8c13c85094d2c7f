package io.github.comunicacaosockets.chat;

import org.springframework.integration.annotation.MessagingGateway;
import org.springframework.integration.ip.IpHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.messaging.handler.annotation.Payload;

/**
 * Where outgoing text enters the outbound flow. Failures (no such connection, a broken
 * socket) come back to the caller as exceptions.
 */
@MessagingGateway(defaultRequestChannel = ChatFlows.OUTGOING_MESSAGES)
interface ChatGateway {

	/**
	 * Sends one message.
	 * @param text the message
	 * @param connectionId the connection to write to (a client's adapter writes on its
	 * one connection whatever it is told)
	 */
	void send(@Payload String text, @Header(IpHeaders.CONNECTION_ID) String connectionId);

}
