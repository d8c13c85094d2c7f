package io.github.comunicacaosockets.console;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.context.event.EventListener;
import org.springframework.integration.ip.tcp.connection.TcpConnectionFailedEvent;
import org.springframework.integration.ip.tcp.connection.TcpConnectionServerListeningEvent;
import org.springframework.stereotype.Component;

import io.github.comunicacaosockets.codec.RejectionReason;
import io.github.comunicacaosockets.config.ChatProperties;
import io.github.comunicacaosockets.config.ChatProperties.Role;
import io.github.comunicacaosockets.tcp.MessageReceived;
import io.github.comunicacaosockets.tcp.MessageRejected;
import io.github.comunicacaosockets.tcp.Peer;
import io.github.comunicacaosockets.tcp.PeerConnected;
import io.github.comunicacaosockets.tcp.PeerDisconnected;

/**
 * Shows what happens on the sockets as it happens, in the lines students know from the original
 * scripts: the server waiting, peers connecting and leaving, the bits and the text received, and a
 * clear line for every frame that was refused.
 */
@Component
public class ChatConsole {

	private final ConsoleOutput out;

	private final PeerNames names;

	private final ChatProperties properties;

	private final ConversationEnd conversationEnd;

	private final AtomicBoolean reportedUnreachable = new AtomicBoolean();

	public ChatConsole(ConsoleOutput out, PeerNames names, ChatProperties properties,
			ConversationEnd conversationEnd) {
		this.out = out;
		this.names = names;
		this.properties = properties;
		this.conversationEnd = conversationEnd;
	}

	@EventListener
	void listening(TcpConnectionServerListeningEvent event) {
		this.out.println("Servidor aguardando conexão na porta " + event.getPort() + "...");
	}

	@EventListener
	void connected(PeerConnected event) {
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
		if (this.conversationEnd.isEnding()) {
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
		Peer peer = event.peer();
		this.out.println("Bits recebidos do " + this.names.of(peer) + ": " + event.message().bits());
		this.out.println(this.names.title(peer) + ": " + event.message().text());
	}

	@EventListener
	void rejected(MessageRejected event) {
		if (event.reason() == RejectionReason.EMPTY) {
			return;
		}
		String from = (event.peer() != null) ? " do " + this.names.of(event.peer()) : "";
		if (event.reason() == RejectionReason.INVALID_UTF8) {
			this.out.println("Aviso: a mensagem" + from + " tem " + event.description() + ".");
		}
		else if (event.reason() == RejectionReason.TOO_LARGE || event.reason() == RejectionReason.INCOMPLETE) {
			this.out.println("Mensagem descartada" + from + ": " + event.description() + ". Conexão encerrada.");
		}
		else {
			this.out.println("Mensagem rejeitada" + from + ": " + event.description() + ".");
		}
	}

}
