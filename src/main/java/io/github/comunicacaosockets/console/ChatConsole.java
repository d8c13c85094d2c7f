package io.github.comunicacaosockets.console;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.integration.ip.tcp.connection.TcpConnectionFailedEvent;
import org.springframework.integration.ip.tcp.connection.TcpConnectionServerListeningEvent;
import org.springframework.stereotype.Component;

import io.github.comunicacaosockets.access.ConnectionRefused;
import io.github.comunicacaosockets.codec.RejectionReason;
import io.github.comunicacaosockets.config.ChatProperties;
import io.github.comunicacaosockets.config.ChatProperties.Role;
import io.github.comunicacaosockets.tcp.MessageReceived;
import io.github.comunicacaosockets.tcp.MessageRejected;
import io.github.comunicacaosockets.tcp.Peer;
import io.github.comunicacaosockets.tcp.PeerConnected;
import io.github.comunicacaosockets.tcp.PeerDisconnected;
import io.github.comunicacaosockets.tcp.PeerTimedOut;
import io.github.comunicacaosockets.tcp.TlsFailed;

/**
 * Shows what happens on the sockets as it happens, in the lines students know from the original
 * scripts: the server waiting, peers connecting and leaving, the bits and the text received, and a
 * clear line for every frame that was refused. A busy server's events are shown up to a budget per
 * second and summed up past it ({@link EventLineBudget}).
 */
@Component
public class ChatConsole {

	private final ConsoleOutput out;

	private final PeerNames names;

	private final ChatProperties properties;

	private final ConversationEnd conversationEnd;

	private final EventLineBudget budget;

	private final BitColours colours;

	private final AtomicBoolean reportedUnreachable = new AtomicBoolean();

	ChatConsole(ConsoleOutput out, PeerNames names, ChatProperties properties, ConversationEnd conversationEnd,
			EventLineBudget budget, BitColours colours) {
		this.out = out;
		this.budget = budget;
		this.colours = colours;
		this.names = names;
		this.properties = properties;
		this.conversationEnd = conversationEnd;
	}

	@EventListener
	void listening(TcpConnectionServerListeningEvent event) {
		this.out.println("Servidor aguardando conexão na porta " + event.getPort() + "...");
		exposureWarning(this.properties).forEach(this.out::println);
	}

	/**
	 * What a server bound outside loopback says after it starts listening: that others can reach it,
	 * whether the traffic is encrypted, and whom it accepts. Nothing for a loopback server.
	 */
	static List<String> exposureWarning(ChatProperties properties) {
		if (isLoopback(properties.host())) {
			return List.of();
		}
		return List.of(
				"Atenção: o servidor escuta em " + properties.host() + ", fora desta máquina"
						+ (properties.tls().enabled() ? "." : ", e o tráfego não é cifrado (chat.tls.enabled=false)."),
				"Conexões aceitas de: " + properties.allowedAddresses()
					.stream()
					.map(Object::toString)
					.collect(Collectors.joining(", ")) + " (chat.allow).");
	}

	private static boolean isLoopback(String host) {
		try {
			return InetAddress.getByName(host).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	@EventListener
	void refused(ConnectionRefused event) {
		this.out.println("Conexão recusada de " + event.address() + ": " + switch (event.reason()) {
			case FULL -> "servidor cheio (chat.max-connections = " + this.properties.maxConnections() + ").";
			case NOT_ALLOWED -> "endereço fora de chat.allow.";
		});
	}

	@EventListener
	void tlsFailed(TlsFailed event) {
		if (this.properties.role() == Role.SERVER) {
			this.out.println("Falha de TLS com o " + this.names.of(event.peer()) + " (" + event.peer().address() + "): "
					+ event.reason() + ". O cliente usa TLS e confia no certificado do servidor?");
		}
		else {
			this.out.println("Falha de TLS com o servidor: " + event.reason()
					+ ". O servidor usa TLS (chat.tls.enabled) com um certificado em que este cliente confia?");
		}
	}

	@EventListener
	void timedOut(PeerTimedOut event) {
		String who = (this.properties.role() == Role.SERVER) ? "O " + this.names.of(event.peer()) : "O servidor";
		this.out.println(who + " ficou " + readable(event.idleTimeout())
				+ " sem enviar nada (chat.idle-timeout): conexão encerrada.");
	}

	@EventListener
	void connected(PeerConnected event) {
		if (!this.budget.allow()) {
			return;
		}
		Peer peer = event.peer();
		if (this.properties.role() == Role.SERVER) {
			this.out.println("Conectado por " + peer.address() + " (" + this.names.of(peer) + ")");
		}
		else {
			this.reportedUnreachable.set(false);
			this.out.println("Conectado ao servidor " + this.properties.host() + " na porta " + this.properties.port() + ".");
		}
	}

	@EventListener
	void disconnected(PeerDisconnected event) {
		Peer peer = event.peer();
		if (this.conversationEnd.isEnding() || !this.budget.allow()) {
			return;
		}
		if (this.properties.role() == Role.SERVER) {
			this.out.println("Cliente desconectado. (" + this.names.of(peer) + ", " + peer.address() + ")");
		}
		else {
			this.out.println("Servidor desconectado.");
		}
	}

	@EventListener
	void unreachable(TcpConnectionFailedEvent event) {
		if (this.properties.role() == Role.CLIENT && !this.reportedUnreachable.getAndSet(true)) {
			this.out.println("Falha ao conectar ao servidor. Certifique-se de que o servidor está em execução.");
			this.out.println("Nova tentativa a cada " + readable(this.properties.retryInterval())
					+ "; as mensagens enviadas até lá não serão entregues.");
		}
	}

	private static String readable(Duration duration) {
		return (duration.toMillis() % 1000 == 0) ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
	}

	@EventListener
	void received(MessageReceived event) {
		if (!this.budget.allow()) {
			return;
		}
		Peer peer = event.peer();
		this.out.println("Bits recebidos do " + this.names.of(peer) + ": " + this.colours.paint(event.message().bits()));
		this.out.println(this.names.title(peer) + ": " + event.message().text());
	}

	@EventListener
	void rejected(MessageRejected event) {
		if (event.reason() == RejectionReason.EMPTY || !this.budget.allow()) {
			return;
		}
		String from = (event.peer() != null) ? " do " + this.names.of(event.peer()) : "";
		if (event.reason() == RejectionReason.INVALID_UTF8) {
			this.out.println("Aviso: a mensagem" + from + " tem " + event.description() + ".");
		}
		else if (event.reason() == RejectionReason.TOO_LARGE || event.reason() == RejectionReason.INCOMPLETE) {
			String address = (event.peer() != null) ? " (" + event.peer().address() + ")" : "";
			this.out.println("Mensagem descartada" + from + address + ": " + event.description() + ". Conexão encerrada.");
		}
		else {
			this.out.println("Mensagem rejeitada" + from + ": " + event.description() + ".");
		}
	}

}
