package io.github.comunicacaosockets.console;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.shell.core.command.CommandOption;

import io.github.comunicacaosockets.link.Peer;

/**
 * How this end's console speaks: a server talks to {@code cliente #2} and lists its
 * clients, a client talks to {@code servidor} and describes its one connection.
 * {@link ServerConsoleRole} or {@link ClientConsoleRole} is the one this process is.
 */
public interface ConsoleRole {

	/** The other end's name inside a sentence: {@code cliente #2} or {@code servidor}. */
	String nameOf(Peer peer);

	/**
	 * The other end's name at the start of a line: {@code Cliente #2} or
	 * {@code Servidor}.
	 */
	String titleOf(Peer peer);

	/**
	 * The role's part in the bundles' keys: {@code server} or {@code client}
	 * ({@code prompt.server}, {@code command.send.help.client}, ...).
	 */
	String key();

	/**
	 * Whether a command's option makes sense on this end ({@code send --to} on a server).
	 */
	boolean offers(String command, CommandOption option);

	/**
	 * The first line of {@code status}: where this end listens or what it is connected
	 * to.
	 */
	String statusLine(long openConnections);

	/** What {@code clientes} prints: the open connections. */
	void describe(List<Peer> open, PrintWriter out);

	/**
	 * Why this end could not start, waiting at most {@code patience} to know: a server
	 * whose port could not be bound; nothing for a client, which keeps trying.
	 */
	Optional<String> startFailure(Duration patience);

}
