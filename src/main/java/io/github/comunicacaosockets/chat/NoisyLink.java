package io.github.comunicacaosockets.chat;

import java.nio.charset.StandardCharsets;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import io.github.comunicacaosockets.config.ChatProperties;
import io.github.comunicacaosockets.wire.Noise;

/**
 * The last step before the socket: the simulated noise of {@code chat.wire.noise}, which
 * flips bits of what this side sends and says which. Off by default; then the frame
 * passes untouched.
 */
@Component
class NoisyLink {

	private final Noise noise;

	private final ApplicationEventPublisher publisher;

	NoisyLink(ChatProperties properties, ApplicationEventPublisher publisher) {
		this.noise = new Noise(properties.wire().noise().bitErrorRate(), properties.wire().noise().seed());
		this.publisher = publisher;
	}

	byte[] pass(byte[] frame) {
		if (!this.noise.isOn()) {
			return frame;
		}
		Noise.Passed passed = this.noise.pass(frame);
		if (!passed.flipped().isEmpty()) {
			this.publisher
				.publishEvent(new BitsFlipped(passed.flipped(), new String(passed.bits(), StandardCharsets.US_ASCII)));
		}
		return passed.bits();
	}

}
