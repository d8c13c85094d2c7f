package io.github.comunicacaosockets.console;

import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.shell.test.ShellTestClient;
import org.springframework.test.context.TestPropertySource;

import io.github.comunicacaosockets.support.ServerConsole;
import io.github.comunicacaosockets.support.ServerTest;
import io.github.comunicacaosockets.support.ServerUnderTest;
import io.github.comunicacaosockets.support.WirePeer;

import static org.assertj.core.api.Assertions.assertThat;

@ServerTest
@TestPropertySource(properties = "chat.max-message-bytes=1KB")
@DisplayName("'detalhes': each frame's bytes and each TCP event")
class WireDetailTest {

	@Autowired
	private ServerUnderTest server;

	@Autowired
	private ShellTestClient shell;

	@Test
	@DisplayName("shows the line end each frame had, LF or CR LF, the frames sent, and who closed the connection")
	void framesAndEvents(CapturedOutput output) throws Exception {
		ServerConsole console = new ServerConsole(output);
		assertThat(this.shell.sendCommand("detalhes").lines()).first().asString().startsWith("Detalhes ligados:");
		try {
			String address;
			try (WirePeer peer = this.server.connect()) {
				address = "127.0.0.1:" + peer.localPort();
				console.shows("[tcp] conexão aberta com " + address + " (id ");
				int number = console.numberOf(peer);

				peer.send("0110100001101001\n");
				console
					.shows("[fio] quadro do cliente #" + number + ": 17 bytes = 16 de conteúdo + fim de linha 0A (LF)");
				peer.send("0110100001101001\r\n");
				console.shows("[fio] quadro do cliente #" + number
						+ ": 18 bytes = 16 de conteúdo + fim de linha 0D 0A (CR LF)");
				this.shell.sendCommand("send oi");
				console.shows("[fio] quadro para o cliente #" + number
						+ ": 17 bytes = 16 de conteúdo + fim de linha 0A (LF)");
			}
			console.shows("[tcp] conexão fechada com " + address + ": o outro lado fechou (fim do fluxo)");

			try (WirePeer flooder = this.server.connect()) {
				flooder.send("0".repeat(2000));
				console.shows("[tcp] conexão fechada com 127.0.0.1:" + flooder.localPort()
						+ ": quadro maior que o limite de 1024 bytes (chat.max-message-bytes)");
			}
		}
		finally {
			assertThat(this.shell.sendCommand("detalhes").lines()).containsExactly("Detalhes desligados.");
		}
	}

	@Test
	@DisplayName("is off by default: no frame or TCP event lines")
	void offByDefault(CapturedOutput output) throws Exception {
		ServerConsole console = new ServerConsole(output);
		try (WirePeer peer = this.server.connect()) {
			int number = console.numberOf(peer);
			peer.sendBits("oi");
			console.shows("Cliente #" + number + ": oi");
		}
		console.shows("Cliente desconectado. (cliente #");
		assertThat(output.getOut()).doesNotContainPattern(Pattern.quote("[tcp]")).doesNotContain("[fio]");
	}

}
