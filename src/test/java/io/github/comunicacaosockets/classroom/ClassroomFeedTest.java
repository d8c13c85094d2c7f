package io.github.comunicacaosockets.classroom;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.test.ShellTestClient;

import io.github.comunicacaosockets.support.Actuator;
import io.github.comunicacaosockets.support.PageFeed;
import io.github.comunicacaosockets.support.RunningApp;
import io.github.comunicacaosockets.support.ServerTest;
import io.github.comunicacaosockets.support.ServerUnderTest;
import io.github.comunicacaosockets.support.WirePeer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The classroom page's files and its feed, over real HTTP, with real peers on the chat
 * port.
 */
@ServerTest
@DisplayName("The classroom page, served by the server")
class ClassroomFeedTest {

	@Autowired
	private ServerUnderTest server;

	@Autowired
	private ShellTestClient shell;

	@Test
	@DisplayName("is at / of the web port, its files from the jar, under a policy that lets it load its own files only")
	void servesThePageUnderAStrictPolicy() {
		Actuator web = this.server.actuator();

		HttpResponse<String> page = web.get("/");
		HttpResponse<String> script = web.get("/classroom.js");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(page.body()).contains("<script src=\"classroom.js\" defer></script>")
			.doesNotContain("<style", "style=", "http://", "https://", "onclick");
		for (HttpResponse<String> response : List.of(page, script)) {
			assertThat(response.headers().firstValue("Content-Security-Policy"))
				.contains(ClassroomHeaders.CONTENT_SECURITY_POLICY);
			assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		}
		assertThat(ClassroomHeaders.CONTENT_SECURITY_POLICY).contains("default-src 'none'", "script-src 'self'",
				"style-src 'self'", "connect-src 'self'");
		assertThat(script.body()).as("the page's script: text as text, requests to its own host")
			.doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "eval(", "https://")
			.doesNotContainPattern("(fetch|EventSource)\\(\\s*['\"]https?:");
	}

	@Test
	@DisplayName("speaks the console's language: Portuguese unless chat.locale says otherwise")
	void speaksTheConsolesLanguage() {
		JsonNode words = this.server.actuator().json("/texts");

		assertThat(words.get("lang").asString()).isEqualTo("pt-BR");
		assertThat(words.get("pause").asString()).isEqualTo("Pausar");
		assertThat(words.get("role").asString()).isEqualTo("server");
	}

	@Test
	@DisplayName("feeds an open page each message as it comes: who, the text as the console shows it, its bits by byte, and its signal")
	void feedsMessagesAsTheyCome() {
		try (PageFeed page = PageFeed.open(this.server.actuator().port()); WirePeer peer = this.server.connect()) {
			assertThat(page.response().headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("text/event-stream"));

			peer.sendBits("oi\u001B[2J<b>");

			JsonNode message = page.awaitsMessage("oi\u241B[2J<b>").data();
			assertThat(message.get("direction").asString()).isEqualTo("in");
			assertThat(message.get("who").asString()).matches("Cliente #\\d+");
			JsonNode frame = message.get("frame");
			assertThat(frame.get("groups").get(0).asString()).isEqualTo("01101111");
			assertThat(frame.get("groups").get(1).asString()).isEqualTo("01101001");
			assertThat(frame.get("groups").size()).isEqualTo(9);
			assertThat(frame.get("checkBits").size()).isZero();
			assertThat(frame.get("signal").propertyNames()).containsExactly("nrz", "nrzi", "manchester");
			assertThat(frame.get("signal").get("nrz").size()).isEqualTo(9);
			page.awaits("connection", (data) -> data.get("line").asString().startsWith("Conectado: Cliente #"));
		}
	}

	@Test
	@DisplayName("is served by a client too, in the client's language, showing what its server says")
	void servedByAClient() {
		try (RunningApp client = RunningApp.client(this.server.chatPort(), "--chat.locale=en");
				PageFeed page = PageFeed.open(client.actuator().port())) {
			page.awaits("connection", (data) -> data.get("line").asString().startsWith("Connected: Server ("));
			// until the server has taken the client in: each try goes to everyone it has
			await().atMost(WirePeer.TIMEOUT).until(() -> {
				this.shell.sendCommand("send --all bom dia");
				return page.events()
					.stream()
					.anyMatch((event) -> event.name().equals("message")
							&& event.data().get("text").asString().equals("bom dia"));
			});

			JsonNode message = page.awaitsMessage("bom dia").data();
			assertThat(message.get("direction").asString()).isEqualTo("in");
			assertThat(message.get("who").asString()).isEqualTo("Server");
			JsonNode words = client.actuator().json("/texts");
			assertThat(words.get("role").asString()).isEqualTo("client");
			assertThat(words.get("lang").asString()).isEqualTo("en");
			assertThat(words.get("pause").asString()).isEqualTo("Pause");
		}
	}

	@Test
	@DisplayName("gives a page opened late the recent history, and one that comes back only what it missed")
	void givesHistoryAndResumes() {
		int web = this.server.actuator().port();
		try (WirePeer peer = this.server.connect()) {
			peer.sendBits("primeira");
			peer.sendBits("segunda");

			long first;
			try (PageFeed late = PageFeed.open(web)) {
				first = late.awaitsMessage("primeira").id();
				late.awaitsMessage("segunda");
			}
			try (PageFeed back = PageFeed.resume(web, first)) {
				back.awaitsMessage("segunda");
				peer.sendBits("terceira");
				back.awaitsMessage("terceira");
				assertThat(back.events()).noneMatch((event) -> event.name().equals("message")
						&& event.data().get("text").asString().equals("primeira"));
			}
		}
	}

	@Test
	@DisplayName("tells a page that comes back after more than the feed keeps how many events it lost")
	void tellsHowManyWereLost() {
		Actuator web = this.server.actuator();
		try (WirePeer peer = this.server.connect(); PageFeed page = PageFeed.open(web.port())) {
			peer.sendBits("marca");
			long mark = page.awaitsMessage("marca").id();
			double received = web.metric("chat.messages.received");
			for (int i = 0; i < ClassroomFeed.KEPT + 50; i++) {
				peer.sendBits("m" + i);
			}
			await().atMost(WirePeer.TIMEOUT)
				.until(() -> web.metric("chat.messages.received") >= received + ClassroomFeed.KEPT + 50);

			try (PageFeed back = PageFeed.resume(web.port(), mark)) {
				JsonNode lost = back.awaits("lost", (data) -> true).data();
				back.awaits("message", (data) -> true);
				long firstKept = back.events()
					.stream()
					.filter((event) -> event.id() != null)
					.findFirst()
					.orElseThrow()
					.id();
				assertThat(lost.get("count").asLong()).as("the events between the mark and the oldest kept")
					.isEqualTo(firstKept - mark - 1)
					.isGreaterThanOrEqualTo(50);
			}
		}
	}

}
