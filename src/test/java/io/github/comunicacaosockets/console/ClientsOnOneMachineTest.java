package io.github.comunicacaosockets.console;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.github.comunicacaosockets.support.ChildProcess;
import io.github.comunicacaosockets.support.RunningApp;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Several clients on one machine")
class ClientsOnOneMachineTest {

	private static final Duration START = Duration.ofSeconds(30);

	@Test
	@DisplayName("started with the client profile's own settings, three clients all run, each with its Actuator on a port of its own")
	void threeClientsRun() throws Exception {
		try (RunningApp server = RunningApp.server(0)) {
			int port = server.chatPort();
			List<ChildProcess> clients = new ArrayList<>();
			try {
				List<String> actuatorPorts = new ArrayList<>();
				for (int i = 0; i < 3; i++) {
					ChildProcess client = ChildProcess.start("--spring.profiles.active=client", "--chat.port=" + port);
					clients.add(client);
					client.awaitLine(Pattern.compile("(Conectado ao servidor localhost na porta " + port + "\\.)"),
							START);
					client.type("status");
					actuatorPorts.add(client
						.awaitLine(Pattern.compile("^Actuator: http://127\\.0\\.0\\.1:(\\d+)/actuator"), START));
				}

				assertThat(actuatorPorts).doesNotHaveDuplicates().doesNotContain("8080", "8081", "0");
				for (ChildProcess client : clients) {
					client.type("sair");
					assertThat(client.exitStatus(START)).isZero();
				}
			}
			finally {
				clients.forEach(ChildProcess::close);
			}
		}
	}

}
