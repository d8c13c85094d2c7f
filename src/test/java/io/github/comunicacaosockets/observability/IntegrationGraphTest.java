package io.github.comunicacaosockets.observability;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.github.comunicacaosockets.support.MermaidGraph;
import io.github.comunicacaosockets.support.ServerTest;
import io.github.comunicacaosockets.support.ServerUnderTest;

import static org.assertj.core.api.Assertions.assertThat;

@ServerTest
@DisplayName("The flow graph")
class IntegrationGraphTest {

	private static final String START = "<!-- integration-graph: drawn from /actuator/integrationgraph by IntegrationGraphTest -->\n```mermaid\n";

	private static final String END = "```\n";

	@Autowired
	private ServerUnderTest server;

	@Test
	@DisplayName("is served by /actuator/integrationgraph, and the README's picture of it is up to date")
	void readmeShowsTheServedGraph() throws Exception {
		String drawn = MermaidGraph.render(this.server.actuator().json("/actuator/integrationgraph"));
		Files.writeString(Path.of("target", "integration-graph.mmd"), drawn);

		assertThat(drawn).contains("ip:tcp-inbound-channel-adapter", "receivedFrames", "rejectedFrames",
				"method-invoking-transformer", "ip:tcp-outbound-channel-adapter", " -. error .-> ");
		String readme = Files.readString(Path.of("README.md"));
		int start = readme.indexOf(START);
		assertThat(start).as("the README has the graph block").isNotNegative();
		int from = start + START.length();
		assertThat(readme.substring(from, readme.indexOf(END, from)))
			.as("the README's graph; the current one is in target/integration-graph.mmd")
			.isEqualTo(drawn);
	}

}
