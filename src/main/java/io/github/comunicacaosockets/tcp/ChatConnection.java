package io.github.comunicacaosockets.tcp;

/**
 * A connection made by {@link ChatConnectionSupport}: it owns its {@link Peer}, created with it,
 * which everything that hears of the connection (its messages, its rejected frames, its close)
 * reaches through it rather than by looking its id up.
 */
interface ChatConnection {

	Peer peer();

}
