package io.github.comunicacaosockets.benchmark;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.context.IntegrationFlowContext;
import org.springframework.integration.ip.dsl.Tcp;
import org.springframework.integration.ip.dsl.TcpNioServerConnectionFactorySpec;
import org.springframework.integration.ip.tcp.connection.AbstractServerConnectionFactory;
import org.springframework.integration.ip.tcp.connection.TcpConnectionServerListeningEvent;
import org.springframework.integration.ip.tcp.serializer.TcpCodecs;

import io.github.comunicacaosockets.wire.BitCodec;

/**
 * Spring Integration as it comes: its NIO server connection factory with its defaults and
 * its stock LF serializer, an inbound adapter (or, for the round trips, an inbound
 * gateway whose reply is the message, encoded again), and the same decoding as the
 * baseline. Only the address (loopback, on a free port) and the accept backlog are
 * chosen: the other servers accept 128 at once, and with the default of 5, 64 clients
 * connecting together had connections never accepted, and what they sent was lost.
 */
final class StockIntegrationServer extends CountingServer {

	private final AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();

	private final int port;

	StockIntegrationServer(boolean echo) throws InterruptedException {
		CountDownLatch listening = new CountDownLatch(1);
		this.context.addApplicationListener((TcpConnectionServerListeningEvent event) -> listening.countDown());
		this.context.register(Integration.class);
		this.context.refresh();
		TcpNioServerConnectionFactorySpec server = Tcp.nioServer(0)
			.localAddress("127.0.0.1")
			.backlog(128)
			.deserializer(TcpCodecs.lf())
			.serializer(TcpCodecs.lf());
		IntegrationFlow flow = echo ? IntegrationFlow.from(Tcp.inboundGateway(server))
			.transform(byte[].class, (bits) -> BitCodec.encode(decode(bits).getBytes(StandardCharsets.UTF_8)))
			.get() : IntegrationFlow.from(Tcp.inboundAdapter(server)).handle(byte[].class, (bits, headers) -> {
				decode(bits);
				return null;
			}).get();
		this.context.getBean(IntegrationFlowContext.class).registration(flow).register();
		if (!listening.await(30, TimeUnit.SECONDS)) {
			throw new IllegalStateException("Spring Integration's server did not start listening");
		}
		this.port = this.context.getBean(AbstractServerConnectionFactory.class).getPort();
	}

	private String decode(byte[] bits) {
		String text = new String(BitCodec.decode(bits), StandardCharsets.UTF_8);
		decoded();
		return text;
	}

	@Override
	public String name() {
		return "stock Spring Integration";
	}

	@Override
	public int port() {
		return this.port;
	}

	@Override
	public void close() {
		this.context.close();
	}

	/**
	 * Spring Integration's infrastructure, registered by hand: not a
	 * {@code @Configuration}, which the application's component scan would find among the
	 * test classes and add to every application the tests start.
	 */
	@EnableIntegration
	static class Integration {

	}

}
