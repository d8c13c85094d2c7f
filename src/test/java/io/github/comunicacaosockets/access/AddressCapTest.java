package io.github.comunicacaosockets.access;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.github.comunicacaosockets.support.Actuator;
import io.github.comunicacaosockets.support.RunningApp;
import io.github.comunicacaosockets.support.ServerConsole;
import io.github.comunicacaosockets.support.WirePeer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ExtendWith(OutputCaptureExtension.class)
@DisplayName("A server with the default settings, and one address that takes every place it can")
class AddressCapTest {

	private static final int DEFAULT_PER_ADDRESS = 50;

	@Test
	@DisplayName("keeps room for other addresses: 100 trickling sockets from one address get 50 places, and a client from another gets in")
	void oneAddressCannotLockOutTheOthers(CapturedOutput output) throws Exception {
		ServerConsole console = new ServerConsole(output);
		List<WirePeer> tricklers = new ArrayList<>();
		// the default settings, but for a console that shows every event (the refusals
		// come in a burst)
		try (RunningApp server = RunningApp.server(0, "--chat.console.events-per-second=1000000")) {
			Actuator actuator = server.actuator();
			for (int i = 0; i < 100; i++) {
				WirePeer trickler = WirePeer.connectFrom("127.0.0.2", server.chatPort());
				tricklers.add(trickler);
				trickler.send("0");
			}
			await().atMost(WirePeer.TIMEOUT)
				.untilAsserted(() -> assertThat(actuator.metric("chat.connections.rejected", "reason:address-full"))
					.isEqualTo(100 - DEFAULT_PER_ADDRESS));
			console.showsLineMatching("Conexão recusada de 127\\.0\\.0\\.2:\\d+: já há " + DEFAULT_PER_ADDRESS
					+ " conexões deste endereço \\(chat\\.max-connections-per-address\\)\\.");
			assertThat(tricklers.get(tricklers.size() - 1).readBits()).isEqualTo("421 Conexões demais deste endereço");

			try (WirePeer other = WirePeer.connectFrom("127.0.0.3", server.chatPort())) {
				other.sendBits("ainda há lugar");
				console
					.showsLineMatching("Conectado por 127\\.0\\.0\\.3:" + other.localPort() + " \\(cliente #\\d+\\)");
				console.showsLineMatching("Cliente #\\d+: ainda há lugar");
			}
		}
		finally {
			tricklers.forEach(WirePeer::close);
		}
	}

}
