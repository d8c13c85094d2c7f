package io.github.comunicacaosockets.link;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.github.comunicacaosockets.support.Actuator;
import io.github.comunicacaosockets.support.ChildProcess;
import io.github.comunicacaosockets.support.WirePeer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Spring Integration keeps a 60 KiB read buffer in every NIO connection from its first
 * byte on: 2,000 peers that each sent one byte would hold 120 MiB. A connection of ours
 * borrows a buffer for each read and keeps only the line it has left unfinished.
 */
@DisplayName("Peers that each sent one byte of a line")
class ReadBufferMemoryTest {

	private static final int PEERS = 2_000;

	private static final int BATCH = 100;

	private static final Duration START = Duration.ofSeconds(60);

	@Test
	@DisplayName("cost the server little: 2,000 of them fit in a 96 MiB heap, and the server still talks")
	void costLittle() throws IOException {
		try (ChildProcess server = ChildProcess.startInJvm(List.of("-Xmx96m"), "--chat.port=0", "--server.port=0",
				"--chat.max-connections=" + (PEERS + 10), "--chat.max-connections-per-address=" + (PEERS + 10))) {
			int port = Integer.parseInt(
					server.awaitLine(Pattern.compile("Servidor aguardando conexão na porta (\\d+)\\.\\.\\."), START));
			server.type("status");
			Actuator actuator = new Actuator(Integer.parseInt(
					server.awaitLine(Pattern.compile("^Actuator: http://127\\.0\\.0\\.1:(\\d+)/actuator"), START)));
			List<Socket> peers = new ArrayList<>(PEERS);
			try {
				for (int i = 1; i <= PEERS; i++) {
					Socket peer = new Socket(InetAddress.getLoopbackAddress(), port);
					peers.add(peer);
					peer.getOutputStream().write('0');
					if (i % BATCH == 0) {
						// in step with the server, or the kernel's accept queue overflows
						// and connects wait 1 s
						int sent = i;
						await().atMost(START).until(() -> actuator.metric("chat.lines.unfinished") == sent);
					}
				}

				try (WirePeer latecomer = WirePeer.connect(port)) {
					latecomer.sendBits("ainda cabe");
					await().atMost(START).until(() -> actuator.metric("chat.messages.received") == 1);
				}
				assertThat(server.output()).doesNotContain("OutOfMemoryError");
			}
			finally {
				for (Socket peer : peers) {
					peer.close();
				}
			}
		}
	}

}
