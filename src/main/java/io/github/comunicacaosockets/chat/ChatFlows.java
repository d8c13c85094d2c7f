package io.github.comunicacaosockets.chat;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.ip.dsl.Tcp;
import org.springframework.integration.ip.tcp.connection.AbstractConnectionFactory;
import org.springframework.integration.ip.tcp.inbound.TcpReceivingChannelAdapter;

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

	/**
	 * @param tcpInbound the server's adapter, or a client's, which also connects (the
	 * link's role configuration makes the one this process needs)
	 */
	@Bean
	IntegrationFlow inboundFlow(TcpReceivingChannelAdapter tcpInbound, BitTransformer bitTransformer,
			Conversation conversation) {
		tcpInbound.setErrorChannelName(REJECTED_FRAMES);
		return IntegrationFlow.from(tcpInbound)
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
