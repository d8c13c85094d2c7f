package io.github.comunicacaosockets.access;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.github.comunicacaosockets.config.ChatProperties;
import io.github.comunicacaosockets.support.ConsoleTexts;
import io.github.comunicacaosockets.support.Settings;
import io.github.comunicacaosockets.wire.BitCodec;
import io.github.comunicacaosockets.wire.BitTransformer;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Admission's decision")
class AdmissionTest {

	private static Admission admission(String... settings) {
		ChatProperties properties = Settings.chat(settings);
		return new Admission(properties, new BitTransformer(properties.wire().encoding()), ConsoleTexts.portuguese());
	}

	@Test
	@DisplayName("takes a client from this machine while there is room, and refuses the next as full")
	void takesLoopbackUntilFull() {
		Admission admission = admission("chat.max-connections=2");

		assertThat(admission.refusalFor(ip("127.0.0.1"), 0, 0)).isEmpty();
		assertThat(admission.refusalFor(ip("::1"), 1, 0)).isEmpty();
		assertThat(admission.refusalFor(ip("127.0.0.5"), 2, 0)).contains(RefusalReason.FULL);
	}

	@Test
	@DisplayName("by default refuses any address that is not this machine's, as not allowed, even with room")
	void refusesOtherMachinesByDefault() {
		Admission admission = admission();

		assertThat(admission.refusalFor(ip("192.168.0.10"), 0, 0)).contains(RefusalReason.NOT_ALLOWED);
		assertThat(admission.refusalFor(ip("10.0.0.1"), 0, 0)).contains(RefusalReason.NOT_ALLOWED);
	}

	@Test
	@DisplayName("with chat.allow, takes exactly the addresses listed, and names an address outside before a full server")
	void takesTheAllowList() {
		Admission admission = admission("chat.allow=192.168.10.0/24,10.0.0.7", "chat.max-connections=1");

		assertThat(admission.refusalFor(ip("192.168.10.200"), 0, 0)).isEmpty();
		assertThat(admission.refusalFor(ip("10.0.0.7"), 0, 0)).isEmpty();
		assertThat(admission.refusalFor(ip("10.0.0.8"), 0, 0)).contains(RefusalReason.NOT_ALLOWED);
		assertThat(admission.refusalFor(ip("127.0.0.1"), 0, 0)).as("loopback, once a list is given")
			.contains(RefusalReason.NOT_ALLOWED);
		assertThat(admission.refusalFor(ip("10.0.0.8"), 1, 0)).contains(RefusalReason.NOT_ALLOWED);
		assertThat(admission.refusalFor(ip("10.0.0.7"), 1, 0)).contains(RefusalReason.FULL);
	}

	@Test
	@DisplayName("refuses an address that already has chat.max-connections-per-address, while other addresses still get in")
	void capsEachAddress() {
		Admission admission = admission("chat.max-connections-per-address=2");

		assertThat(admission.refusalFor(ip("127.0.0.2"), 1, 1)).isEmpty();
		assertThat(admission.refusalFor(ip("127.0.0.2"), 2, 2)).contains(RefusalReason.ADDRESS_FULL);
		assertThat(admission.refusalFor(ip("127.0.0.3"), 2, 0)).isEmpty();
	}

	@Test
	@DisplayName("tells a client refused for its address why, in its wire format, and says nothing to one not allowed or while closing")
	void noticeInTheWireFormat() {
		Admission admission = admission();

		assertThat(admission.noticeFor(RefusalReason.ADDRESS_FULL)).get()
			.isEqualTo(bits("421 " + ConsoleTexts.portuguese().get("server.full.address")));
		assertThat(admission.noticeFor(RefusalReason.FULL)).get().isEqualTo(bits("421 Servidor cheio"));
		assertThat(admission.noticeFor(RefusalReason.NOT_ALLOWED)).isEmpty();
		assertThat(admission.noticeFor(RefusalReason.CLOSING)).isEmpty();
	}

	@Test
	@DisplayName("reads a refusal's reason after its code 421, in any language or wording, and nothing else")
	void readsARefusalByItsCode() {
		assertThat(RefusalNotice.reasonIn("421 Servidor cheio")).contains("Servidor cheio");
		assertThat(RefusalNotice.reasonIn("421 Server full")).contains("Server full");
		assertThat(RefusalNotice.reasonIn("421 Sala lotada, volte amanhã")).contains("Sala lotada, volte amanhã");
		assertThat(RefusalNotice.reasonIn("Servidor cheio")).as("no code").isEmpty();
		assertThat(RefusalNotice.reasonIn("421 ")).as("no reason").isEmpty();
		assertThat(RefusalNotice.reasonIn("4210 Servidor cheio")).isEmpty();
	}

	private static InetAddress ip(String literal) {
		try {
			return InetAddress.getByName(literal);
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException(literal, ex);
		}
	}

	private static byte[] bits(String text) {
		return BitCodec.encode(text.getBytes(StandardCharsets.UTF_8));
	}

}
