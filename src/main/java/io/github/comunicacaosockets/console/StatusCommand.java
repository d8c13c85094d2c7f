package io.github.comunicacaosockets.console;

import java.io.PrintWriter;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.integration.ip.tcp.connection.AbstractConnectionFactory;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;

import io.github.comunicacaosockets.config.ChatProperties;
import io.github.comunicacaosockets.config.ChatProperties.Role;

/**
 * {@code status}: who this process is, how it talks, and the same connection and message counts
 * that {@code /actuator/metrics} shows, read from the same meters.
 */
@Component
class StatusCommand {

	private final ChatProperties properties;

	private final MeterRegistry registry;

	private final AbstractConnectionFactory connectionFactory;

	StatusCommand(ChatProperties properties, MeterRegistry registry, AbstractConnectionFactory connectionFactory) {
		this.properties = properties;
		this.registry = registry;
		this.connectionFactory = connectionFactory;
	}

	@Command(name = "status", group = "Chat",
			description = "Mostra o papel, a porta, o modo do fio, as conexões e os contadores (os mesmos do Actuator)")
	public void status(CommandContext context) {
		PrintWriter out = context.outputWriter();
		long open = (long) this.registry.get("chat.connections.active").gauge().value();
		if (this.properties.role() == Role.SERVER) {
			out.println("Papel: servidor, em " + this.properties.host() + ":" + this.connectionFactory.getPort() + ", "
					+ this.properties.maxConnections() + " conexões no máximo");
		}
		else {
			out.println("Papel: cliente de " + this.properties.host() + ":" + this.properties.port() + ", "
					+ ((open > 0) ? "conectado" : "sem conexão"));
		}
		out.println("Fio: " + switch (this.properties.wire().encoding()) {
			case BITS -> "bits";
			case BYTES -> "bytes UTF-8";
		} + switch (this.properties.wire().framing()) {
			case LINE -> " em linhas";
			case RAW -> " em leituras cruas";
		} + ", até " + this.properties.maxFrameBytes() + " bytes por mensagem" + (this.properties.tls().enabled() ? ", com TLS" : ""));
		out.println("Conexões: " + open + " abertas agora; " + count("chat.connections.opened") + " abertas, "
				+ count("chat.connections.closed") + " fechadas e " + count("chat.connections.rejected")
				+ " recusadas desde o início");
		out.println("Mensagens: " + count("chat.messages.received") + " recebidas, " + count("chat.messages.sent")
				+ " enviadas, " + count("chat.messages.rejected") + " rejeitadas");
		out.flush();
	}

	/** A counter's total over all its tags. */
	private long count(String name) {
		return (long) this.registry.find(name).counters().stream().mapToDouble(Counter::count).sum();
	}

}
