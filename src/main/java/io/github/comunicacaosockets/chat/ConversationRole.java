package io.github.comunicacaosockets.chat;

import io.github.comunicacaosockets.link.Peer;
import io.github.comunicacaosockets.wire.ReceivedText;

/**
 * What the two ends of a conversation do differently: a server may echo and tells its
 * clients which check it uses; a client knows the server's refusal when it gets one.
 * {@link ServerConversation} or {@link ClientConversation} is the one this process is.
 */
interface ConversationRole {

	/**
	 * Hands a received message on to {@code deliver}, at once or a moment later, unless
	 * it is a notice of the link rather than part of the conversation: on a client, the
	 * server's refusal, which is never delivered.
	 * @param first whether it is the first frame of its connection
	 * @param deliver delivers the message as part of the conversation
	 */
	void receive(ReceivedText message, Peer from, boolean first, Runnable deliver);

	/** Whether a received message is sent back to its sender ({@code chat.echo}). */
	boolean echoes();

	/**
	 * Whether a peer whose frames come laid out for another check is told which check
	 * this end uses: a server tells its clients, once each; a client tells nobody, so
	 * that two programs of ours never answer each other's notices.
	 */
	boolean tellsOfItsCheck();

	/** Why nothing can be sent while no peer is connected: a message code. */
	String nobodyToSendTo();

}
