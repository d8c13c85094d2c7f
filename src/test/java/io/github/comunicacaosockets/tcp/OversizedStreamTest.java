package io.github.comunicacaosockets.tcp;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;

import io.github.comunicacaosockets.support.ServerConsole;
import io.github.comunicacaosockets.support.ServerTest;
import io.github.comunicacaosockets.support.ServerUnderTest;
import io.github.comunicacaosockets.support.WirePeer;

import static org.assertj.core.api.Assertions.assertThat;

@ServerTest
@DisplayName("A peer streaming 100 MiB without a line end, against the default 64 KiB bound")
class OversizedStreamTest {

	private static final long HUNDRED_MEBIBYTES = 100L * 1024 * 1024;

	@Autowired
	private ServerUnderTest server;

	@Test
	@DisplayName("is cut off at the bound with a line naming it and the size seen; the others go on")
	void isCutOff(CapturedOutput output) throws Exception {
		ServerConsole console = new ServerConsole(output);
		try (Socket flooder = new Socket(InetAddress.getLoopbackAddress(), this.server.chatPort());
				WirePeer bystander = this.server.connect()) {
			CompletableFuture<Long> written = CompletableFuture.supplyAsync(() -> writeUntilRefused(flooder));

			console.shows("Mensagem descartada do cliente #");
			console.shows("(127.0.0.1:" + flooder.getLocalPort() + "): quadro maior que o limite de 65536 bytes "
					+ "(chat.max-message-bytes): 65537 bytes recebidos sem fim de linha. Conexão encerrada.");
			bystander.sendBits("ainda aqui");
			console.shows("Cliente #" + console.numberOf(bystander) + ": ainda aqui");

			assertThat(written.get(WirePeer.TIMEOUT.toSeconds(), TimeUnit.SECONDS))
				.as("bytes the flooder could write before the server refused more")
				.isLessThan(HUNDRED_MEBIBYTES / 10);
		}
	}

	/** Writes zeros until the connection refuses them or 100 MiB are written; returns how many were. */
	private static long writeUntilRefused(Socket socket) {
		byte[] chunk = "0".repeat(64 * 1024).getBytes();
		long written = 0;
		try {
			OutputStream out = socket.getOutputStream();
			while (written < HUNDRED_MEBIBYTES) {
				out.write(chunk);
				written += chunk.length;
			}
		}
		catch (IOException refused) {
			return written;
		}
		return written;
	}

}
