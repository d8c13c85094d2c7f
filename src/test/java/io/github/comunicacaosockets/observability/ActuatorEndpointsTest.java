package io.github.comunicacaosockets.observability;

import java.net.InetAddress;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import io.github.comunicacaosockets.support.Actuator;
import io.github.comunicacaosockets.support.ServerTest;
import io.github.comunicacaosockets.support.ServerUnderTest;
import io.github.comunicacaosockets.support.WirePeer;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServerTest
@DisplayName("Actuator over HTTP")
class ActuatorEndpointsTest {

	@Autowired
	private ServerUnderTest server;

	private Actuator actuator;

	@BeforeEach
	void reachActuator() {
		this.actuator = this.server.actuator();
	}

	@Test
	@DisplayName("health is UP with a tcp component giving the port and the open connections")
	void healthShowsTcp() {
		try (WirePeer peer = this.server.connect()) {
			await().atMost(WirePeer.TIMEOUT).until(() -> this.server.openConnections() == 1);

			JsonNode health = this.actuator.health();

			assertThat(health.at("/status").asString()).isEqualTo("UP");
			assertThat(health.at("/components/tcp/status").asString()).isEqualTo("UP");
			assertThat(health.at("/components/tcp/details/port").asInt()).isEqualTo(this.server.chatPort());
			assertThat(health.at("/components/tcp/details/connections").asInt()).isEqualTo(1);
		}
	}

	@ParameterizedTest(name = "exposes the meter {0}")
	@ValueSource(strings = { "chat.connections.active", "chat.lines.unfinished", "chat.connections.opened",
			"chat.connections.closed", "chat.messages.received", "chat.messages.sent", "chat.messages.rejected" })
	void exposesChatMeters(String name) {
		assertThat(this.actuator.get("/actuator/metrics/" + name).statusCode()).isEqualTo(200);
	}

	@Test
	@DisplayName("tags rejected messages by reason")
	void tagsRejectionsByReason() {
		JsonNode meter = this.actuator.json("/actuator/metrics/chat.messages.rejected");

		assertThat(meter.at("/availableTags/0/tag").asString()).isEqualTo("reason");
		assertThat(meter.at("/availableTags/0/values").valueStream().map(JsonNode::asString)).containsExactlyInAnyOrder(
				"malformed-bits", "invalid-utf8", "empty", "too-large", "incomplete", "too-slow", "check-failed",
				"check-mismatch", "processing-error");
	}

	@Test
	@DisplayName("tags closed connections with why they closed, and refused ones with why they were refused")
	void tagsConnectionsByReason() {
		assertThat(this.actuator.json("/actuator/metrics/chat.connections.closed")
			.at("/availableTags/0/values")
			.valueStream()
			.map(JsonNode::asString))
			.containsExactlyInAnyOrder("peer", "local", "idle", "frame-rejected", "slow-reader", "tls", "refused");
		assertThat(this.actuator.json("/actuator/metrics/chat.connections.rejected")
			.at("/availableTags/0/values")
			.valueStream()
			.map(JsonNode::asString)).containsExactlyInAnyOrder("full", "address-full", "not-allowed", "closing");
	}

	@ParameterizedTest(name = "does not expose {0}")
	@ValueSource(strings = { "/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/configprops",
			"/actuator/threaddump", "/actuator/loggers", "/actuator/shutdown" })
	void hidesEverythingElse(String path) {
		assertThat(this.actuator.get(path).statusCode()).isEqualTo(404);
	}

	@Test
	@DisplayName("lists only health, info, metrics, prometheus and integrationgraph")
	void listsOnlyFiveEndpoints() {
		assertThat(this.actuator.json("/actuator").get("_links").propertyNames()).containsExactlyInAnyOrder("self",
				"health", "health-path", "info", "metrics", "metrics-requiredMetricName", "prometheus",
				"integrationgraph");
	}

	@Test
	@DisplayName("serves a Prometheus scrape with the chat.* meters and Spring Integration's channel meters")
	void servesPrometheusScrape() {
		try (WirePeer peer = this.server.connect()) {
			peer.sendBits("oi");
			await().atMost(WirePeer.TIMEOUT).until(() -> this.actuator.metric("chat.messages.received") > 0);
		}

		String scrape = this.actuator.get("/actuator/prometheus").body();

		assertThat(scrape).contains("# TYPE chat_messages_received_total counter")
			.containsPattern("(?m)^chat_messages_received_total [1-9]")
			.contains("chat_connections_active")
			.contains("chat_messages_rejected_total{reason=\"malformed-bits\"}")
			.contains("spring_integration_send_seconds_count{")
			.contains("name=\"receivedFrames\"");
	}

	@Test
	@DisplayName("info gives the version, the build time and the commit")
	void infoHasBuildInfo() {
		JsonNode info = this.actuator.json("/actuator/info");

		assertThat(info.at("/build/version").asString()).isEqualTo("0.2.0");
		assertThat(info.at("/build/artifact").asString()).isEqualTo("comunicacao-sockets");
		assertThat(info.at("/build/time").asString()).isNotBlank();
		assertThat(info.at("/git/commit/id").asString()).as("the commit built").matches("[0-9a-f]{7,40}");
	}

	@Test
	@DisplayName("listens on loopback only")
	void bindsLoopback(@Autowired WebServerApplicationContext context) {
		TomcatWebServer webServer = (TomcatWebServer) context.getWebServer();

		assertThat(webServer.getTomcat().getConnector().getProperty("address"))
			.isInstanceOfSatisfying(InetAddress.class, (address) -> assertThat(address.isLoopbackAddress()).isTrue());
	}

}
