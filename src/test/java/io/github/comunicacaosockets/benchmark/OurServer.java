package io.github.comunicacaosockets.benchmark;

import io.github.comunicacaosockets.chat.MessageReceived;
import io.github.comunicacaosockets.support.RunningApp;

/**
 * comunicacao-sockets, the whole application headless, with {@code chat.echo} on for the
 * round trips; a message counts once the conversation has received it.
 */
final class OurServer extends CountingServer {

	private final RunningApp app;

	private final int port;

	OurServer(boolean echo) {
		this.app = RunningApp.server(0, "--chat.echo=" + echo, "--chat.max-connections=1000",
				"--chat.max-connections-per-address=1000");
		this.app.listen((MessageReceived event) -> decoded());
		this.port = this.app.chatPort();
	}

	@Override
	public String name() {
		return "comunicacao-sockets";
	}

	@Override
	public int port() {
		return this.port;
	}

	@Override
	public void close() {
		this.app.close();
	}

}
