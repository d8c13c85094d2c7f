package io.github.comunicacaosockets.link;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.integration.ip.tcp.connection.AbstractServerConnectionFactory;
import org.springframework.integration.ip.tcp.connection.TcpConnection;
import org.springframework.integration.ip.tcp.connection.TcpConnectionOpenEvent;

import io.github.comunicacaosockets.support.ServerConsole;
import io.github.comunicacaosockets.support.ServerTest;
import io.github.comunicacaosockets.support.ServerUnderTest;
import io.github.comunicacaosockets.support.WirePeer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ServerTest
@DisplayName("A peer streaming 100 MiB without a line end, against the default 64 KiB bound")
class OversizedStreamTest {

	private static final long HUNDRED_MEBIBYTES = 100L * 1024 * 1024;

	private static final int BOUND = 64 * 1024;

	/**
	 * The socket buffers on both ends, set rather than left to the kernel, whose
	 * automatic sizing can grow a receive buffer to tens of megabytes.
	 */
	private static final int SOCKET_BUFFER = 64 * 1024;

	@Autowired
	private ServerUnderTest server;

	@Autowired
	private AbstractServerConnectionFactory connectionFactory;

	@Autowired
	private ConfigurableApplicationContext context;

	private final Map<Integer, TcpConnection> serverSides = new ConcurrentHashMap<>();

	private final ApplicationListener<TcpConnectionOpenEvent> opened = (event) -> {
		TcpConnection connection = (TcpConnection) event.getSource();
		this.serverSides.put(connection.getPort(), connection);
	};

	@AfterEach
	void restoreSocketBuffers() {
		this.connectionFactory.setSoReceiveBufferSize(0);
		this.context.removeApplicationListener(this.opened);
	}

	@Test
	@DisplayName("is cut off at the bound with a line naming it and the size seen, its further writes refused at "
			+ "once (before anything else wakes the server), having written no more than the bound, one read and "
			+ "the socket buffers hold; the others go on")
	void isCutOff(CapturedOutput output) throws Exception {
		ServerConsole console = new ServerConsole(output);
		this.context.addApplicationListener(this.opened);
		this.connectionFactory.setSoReceiveBufferSize(SOCKET_BUFFER);
		try (Socket flooder = new Socket(); WirePeer bystander = this.server.connect()) {
			flooder.setSendBufferSize(SOCKET_BUFFER);
			flooder.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.server.chatPort()));
			int serverReceiveBuffer = await().atMost(WirePeer.TIMEOUT)
				.until(() -> receiveBufferOf(this.serverSides.get(flooder.getLocalPort())), (size) -> size > 0);
			CompletableFuture<Long> written = CompletableFuture.supplyAsync(() -> writeUntilRefused(flooder));

			console.shows("Mensagem descartada do cliente #");
			console.shows("(127.0.0.1:" + flooder.getLocalPort() + "): quadro maior que o limite de 65536 bytes "
					+ "(chat.max-message-bytes): 65537 bytes recebidos sem fim de linha. Conexão encerrada.");
			// The server reads in pieces of its receive buffer's size, so it reads the
			// bound and at most one
			// piece more; the rest is in the two socket buffers, which the kernel may
			// fill to twice the
			// size asked for (Linux keeps the other half for its bookkeeping, but lets
			// data use it).
			int flooderSendBuffer = flooder.getSendBufferSize();
			long mostTheServerCouldTake = BOUND + serverReceiveBuffer + 2L * (serverReceiveBuffer + flooderSendBuffer);
			assertThat(written.get(WirePeer.TIMEOUT.toSeconds(), TimeUnit.SECONDS))
				.as("bytes the flooder wrote before the server refused more, with socket buffers of %d (server) "
						+ "and %d (flooder) bytes", serverReceiveBuffer, flooderSendBuffer)
				.isLessThanOrEqualTo(mostTheServerCouldTake);

			bystander.sendBits("ainda aqui");
			console.shows("Cliente #" + console.numberOf(bystander) + ": ainda aqui");
		}
	}

	private static int receiveBufferOf(TcpConnection connection) throws SocketException {
		return (connection != null) ? connection.getSocketInfo().getReceiveBufferSize() : 0;
	}

	/**
	 * Writes zeros until the connection refuses them or 100 MiB are written; returns how
	 * many were.
	 */
	private static long writeUntilRefused(Socket socket) {
		byte[] chunk = "0".repeat(4 * 1024).getBytes();
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
