package io.github.comunicacaosockets.console;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.shell.core.command.CommandOption;
import org.springframework.stereotype.Component;

import io.github.comunicacaosockets.config.ChatProperties;
import io.github.comunicacaosockets.config.ClientRole;
import io.github.comunicacaosockets.i18n.ConsoleText;
import io.github.comunicacaosockets.link.Peer;

/**
 * A client's console: it talks to the server, whom it need not choose ({@code send} has
 * no {@code --to} or {@code --all}), and keeps trying to reach it rather than failing to
 * start.
 */
@Component
@ClientRole
class ClientConsoleRole implements ConsoleRole {

	private final ConsoleText text;

	private final ChatProperties properties;

	ClientConsoleRole(ConsoleText text, ChatProperties properties) {
		this.text = text;
		this.properties = properties;
	}

	@Override
	public String nameOf(Peer peer) {
		return this.text.get("peer.server");
	}

	@Override
	public String titleOf(Peer peer) {
		return this.text.get("peer.server.title");
	}

	@Override
	public String key() {
		return "client";
	}

	@Override
	public boolean offers(String command, CommandOption option) {
		return !ChatCommands.isServerOnly(command, option);
	}

	@Override
	public String statusLine(long openConnections) {
		return this.text.get((openConnections > 0) ? "status.client.connected" : "status.client.disconnected",
				this.properties.host(), this.properties.port());
	}

	@Override
	public void describe(List<Peer> open, PrintWriter out) {
		if (open.isEmpty()) {
			out.println(this.text.get("clients.server.none"));
			return;
		}
		Peer server = open.get(0);
		out.println(this.text.get("clients.server", this.properties.host() + ":" + this.properties.port(),
				server.address(), ChatCommands.SINCE.format(server.connectedAt()),
				this.text.count("clients.received", server.messagesIn()),
				this.text.count("clients.sent", server.messagesOut())));
	}

	@Override
	public Optional<String> startFailure(Duration patience) {
		return Optional.empty();
	}

}
