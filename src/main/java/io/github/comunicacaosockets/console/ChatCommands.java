package io.github.comunicacaosockets.console;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import io.github.comunicacaosockets.codec.BitTransformer;
import io.github.comunicacaosockets.config.ChatProperties;
import io.github.comunicacaosockets.tcp.Connections;
import io.github.comunicacaosockets.tcp.Conversation;
import io.github.comunicacaosockets.tcp.Peer;
import io.github.comunicacaosockets.tcp.Recipients;
import io.github.comunicacaosockets.tcp.SendReport;

/**
 * The chat's console commands: {@code send}, {@code bits}, {@code clientes} and {@code sair}.
 */
@Component
public class ChatCommands {

	private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

	private final Conversation conversation;

	private final Connections connections;

	private final PeerNames names;

	private final ConversationEnd conversationEnd;

	private final BitTransformer bitTransformer;

	private final ChatProperties properties;

	private final BitColours colours;

	public ChatCommands(Conversation conversation, Connections connections, PeerNames names,
			ConversationEnd conversationEnd, BitTransformer bitTransformer, ChatProperties properties,
			BitColours colours) {
		this.conversation = conversation;
		this.connections = connections;
		this.names = names;
		this.conversationEnd = conversationEnd;
		this.bitTransformer = bitTransformer;
		this.properties = properties;
		this.colours = colours;
	}

	@Command(name = "send", group = "Chat",
			description = "Envia o resto da linha como uma mensagem e mostra os bits enviados",
			help = "send <texto> envia ao único cliente ou a quem escreveu por último; "
					+ "send --to 2 <texto> escolhe o cliente #2; send --all <texto> envia a todos. "
					+ "Texto que começa com '-' vai depois de '--': send -- -x")
	public void send(@Option(longName = "to", description = "número do cliente (veja 'clientes')") Integer to,
			@Option(longName = "all", description = "envia a todos os clientes") String all,
			@Arguments List<String> words, CommandContext context) {
		PrintWriter out = context.outputWriter();
		String text = messageText(all, words);
		if (text.isEmpty()) {
			out.println("Nada para enviar: escreva a mensagem depois de send (por exemplo: send Olá).");
		}
		else if (to != null && all != null) {
			out.println("Use --to ou --all, não os dois: a mensagem não foi enviada.");
		}
		else {
			Recipients recipients = (all != null) ? Recipients.everyone() : (to != null) ? Recipients.number(to) : Recipients.reply();
			print(this.conversation.send(text, recipients), out);
		}
		out.flush();
	}

	/**
	 * The words of the message. Spring Shell gives an option the word after it as its value unless
	 * that word is another option, so in {@code send --all bom dia} the word {@code bom} arrives as
	 * the value of {@code --all}: it belongs at the front of the message.
	 */
	private static String messageText(String all, List<String> words) {
		if (all == null || all.equals("true")) {
			return String.join(" ", words);
		}
		return words.isEmpty() ? all : all + " " + String.join(" ", words);
	}

	private void print(SendReport report, PrintWriter out) {
		if (report.refusal() != null) {
			out.println(report.refusal());
			return;
		}
		for (Peer peer : report.delivered()) {
			out.println("Bits enviados para o " + this.names.of(peer) + ": " + this.colours.paint(report.bits()));
		}
		for (SendReport.Failure failure : report.failed()) {
			out.println("Falha ao enviar para o " + this.names.of(failure.peer()) + " (" + failure.reason()
					+ "): a mensagem não foi entregue a ele.");
		}
	}

	@Command(name = "bits", group = "Chat",
			description = "Mostra como um texto vira bytes UTF-8 e bits, caractere por caractere, e quanto ocupa no fio",
			help = "bits <texto>, por exemplo: bits Olá 👋")
	public void bits(@Arguments List<String> words, CommandContext context) {
		PrintWriter out = context.outputWriter();
		String text = String.join(" ", words);
		if (text.isEmpty()) {
			out.println("Escreva o texto depois de bits (por exemplo: bits Olá).");
		}
		else {
			BitsTable.of(text, this.bitTransformer, this.properties.wire().framing()).forEach(out::println);
		}
		out.flush();
	}

	@Command(name = "clientes", group = "Chat",
			description = "Lista as conexões abertas: número, endereço, desde quando, mensagens recebidas e enviadas")
	public void clientes(CommandContext context) {
		PrintWriter out = context.outputWriter();
		List<Peer> peers = this.connections.list();
		if (peers.isEmpty()) {
			out.println("Nenhuma conexão aberta.");
		}
		else {
			out.println(String.format("%-4s %-22s %-10s %9s %9s", "Nº", "Endereço", "Desde", "Recebidas", "Enviadas"));
			for (Peer peer : peers) {
				out.println(String.format("%-4s %-22s %-10s %9d %9d", "#" + peer.number(), peer.address(),
						SINCE.format(peer.connectedAt()), peer.messagesIn(), peer.messagesOut()));
			}
		}
		out.flush();
	}

	@Command(name = "sair", group = "Chat", description = "Encerra a(s) conexão(ões) e sai do programa")
	public void sair(CommandContext context) {
		this.conversationEnd.end(context.outputWriter());
	}

}
