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
	 * Takes a received message that is a notice of the link rather than part of the
	 * conversation: on a client, the server's refusal.
	 * @param first whether it is the first frame of its connection
	 * @return whether it was one, and so is not shown as a message
	 */
	boolean tookAsNotice(ReceivedText message, Peer from, boolean first);

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
