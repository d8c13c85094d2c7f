package io.github.comunicacaosockets.chat;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.ip.dsl.Tcp;
import org.springframework.integration.ip.tcp.connection.AbstractConnectionFactory;

import io.github.comunicacaosockets.config.ChatProperties.Role;
import io.github.comunicacaosockets.config.ChatProperties;
import io.github.comunicacaosockets.wire.BitTransformer;
import io.github.comunicacaosockets.wire.ReceivedText;

/**
 * The whole path of a message, one flow per direction. <pre>
 * in:  socket -> deserializer -> receivedFrames -> bit transformer -> conversation (console, metrics)
 *                                   \-> on a bad frame: rejectedFrames -> conversation
 * out: send command -> ChatGateway -> outgoingMessages -> bit transformer -> noisy link -> socket
 * </pre>
 */
@Configuration(proxyBeanMethods = false)
class ChatFlows {

	static final String RECEIVED_FRAMES = "receivedFrames";

	static final String REJECTED_FRAMES = "rejectedFrames";

	static final String OUTGOING_MESSAGES = "outgoingMessages";

	@Bean
	IntegrationFlow inboundFlow(AbstractConnectionFactory connectionFactory, ChatProperties properties,
			BitTransformer bitTransformer, Conversation conversation) {
		return IntegrationFlow
			.from(Tcp.inboundAdapter(connectionFactory)
				.clientMode(properties.role() == Role.CLIENT)
				.retryInterval(properties.retryInterval().toMillis())
				.errorChannel(REJECTED_FRAMES))
			.channel(RECEIVED_FRAMES)
			.transform(byte[].class, bitTransformer::fromWire)
			.handle(ReceivedText.class, (text, headers) -> {
				conversation.received(text, headers);
				return null;
			})
			.get();
	}

	@Bean
	IntegrationFlow rejectedFramesFlow(Conversation conversation) {
		return IntegrationFlow.from(REJECTED_FRAMES).handle(Throwable.class, (error, headers) -> {
			conversation.rejected(error);
			return null;
		}).get();
	}

	@Bean
	IntegrationFlow outboundFlow(AbstractConnectionFactory connectionFactory, BitTransformer bitTransformer,
			NoisyLink noisyLink) {
		return IntegrationFlow.from(OUTGOING_MESSAGES)
			.transform(String.class, bitTransformer::toWire)
			.transform(byte[].class, noisyLink::pass)
			.handle(Tcp.outboundAdapter(connectionFactory))
			.get();
	}

}
