package io.github.comunicacaosockets.chat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import io.github.comunicacaosockets.access.RefusalNotice;
import io.github.comunicacaosockets.config.ChatProperties;
import io.github.comunicacaosockets.config.ClientRole;
import io.github.comunicacaosockets.link.CloseCause;
import io.github.comunicacaosockets.link.Peer;
import io.github.comunicacaosockets.link.ReconnectPacing;
import io.github.comunicacaosockets.wire.ReceivedText;

/**
 * A client's side of the conversation: the server's refusal ({@link RefusalNotice}, the
 * first line of a connection, at once) is not a message but the end of this connection,
 * after which the client waits longer before it tries again ({@link RefusedByServer}).
 */
@Component
@ClientRole
class ClientConversation implements ConversationRole {

	private final ApplicationEventPublisher publisher;

	private final ReconnectPacing pacing;

	private final Duration handshakeTimeout;

	ClientConversation(ApplicationEventPublisher publisher, ReconnectPacing pacing, ChatProperties properties) {
		this.handshakeTimeout = properties.tls().handshakeTimeout();
		this.publisher = publisher;
		this.pacing = pacing;
	}

	@Override
	public boolean tookAsNotice(ReceivedText message, Peer from, boolean first) {
		Optional<String> refusal = RefusalNotice.reasonIn(message.text(), first,
				Duration.between(from.connectedAt(), Instant.now()), this.handshakeTimeout);
		refusal.ifPresent((reason) -> {
			from.closingFor(CloseCause.refused(reason));
			this.publisher.publishEvent(new RefusedByServer(from, reason, this.pacing.setback(from.connectionId())));
		});
		return refusal.isPresent();
	}

	/** Never: a server of ours with {@code chat.echo} would send it back again. */
	@Override
	public boolean echoes() {
		return false;
	}

	@Override
	public boolean tellsOfItsCheck() {
		return false;
	}

	@Override
	public String nobodyToSendTo() {
		return "send.refused.no-server";
	}

}
