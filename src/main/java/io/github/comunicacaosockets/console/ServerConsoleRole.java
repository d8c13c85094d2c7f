package io.github.comunicacaosockets.console;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.integration.ip.tcp.connection.AbstractConnectionFactory;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.stereotype.Component;

import io.github.comunicacaosockets.config.ChatProperties;
import io.github.comunicacaosockets.config.ServerRole;
import io.github.comunicacaosockets.i18n.ConsoleText;
import io.github.comunicacaosockets.link.Peer;

/**
 * The server's console: its clients by number, a table of them, and its listening port.
 */
@Component
@ServerRole
class ServerConsoleRole implements ConsoleRole {

	private final ConsoleText text;

	private final ChatProperties properties;

	private final AbstractConnectionFactory connectionFactory;

	private final ListeningWatch listeningWatch;

	ServerConsoleRole(ConsoleText text, ChatProperties properties, AbstractConnectionFactory connectionFactory,
			ListeningWatch listeningWatch) {
		this.text = text;
		this.properties = properties;
		this.connectionFactory = connectionFactory;
		this.listeningWatch = listeningWatch;
	}

	@Override
	public String nameOf(Peer peer) {
		return this.text.get("peer.client", peer.number());
	}

	@Override
	public String titleOf(Peer peer) {
		return this.text.get("peer.client.title", peer.number());
	}

	@Override
	public String key() {
		return "server";
	}

	@Override
	public boolean offers(String command, CommandOption option) {
		return true;
	}

	@Override
	public String statusLine(long openConnections) {
		return this.text.get("status.server", this.properties.host(), this.connectionFactory.getPort(),
				this.properties.maxConnections());
	}

	@Override
	public void describe(List<Peer> open, PrintWriter out) {
		if (open.isEmpty()) {
			out.println(this.text.get("clients.none"));
			return;
		}
		out.println(String.format("%-4s %-22s %-10s %9s %9s", this.text.get("clients.header.number"),
				this.text.get("clients.header.address"), this.text.get("clients.header.since"),
				this.text.get("clients.header.received"), this.text.get("clients.header.sent")));
		for (Peer peer : open) {
			out.println(String.format("%-4s %-22s %-10s %9d %9d", "#" + peer.number(), peer.address(),
					ChatCommands.SINCE.format(peer.connectedAt()), peer.messagesIn(), peer.messagesOut()));
		}
	}

	@Override
	public Optional<String> startFailure(Duration patience) {
		return this.listeningWatch.failure(patience);
	}

}
