package io.github.comunicacaosockets.console;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jline.terminal.Terminal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import io.github.comunicacaosockets.chat.Conversation;
import io.github.comunicacaosockets.chat.Recipients;
import io.github.comunicacaosockets.chat.SendReport;
import io.github.comunicacaosockets.config.ChatProperties;
import io.github.comunicacaosockets.i18n.ConsoleText;
import io.github.comunicacaosockets.link.Connections;
import io.github.comunicacaosockets.link.Peer;
import io.github.comunicacaosockets.wire.BitCodec;
import io.github.comunicacaosockets.wire.BitTransformer;
import io.github.comunicacaosockets.wire.LineCode;

/**
 * The chat's console commands: {@code send}, {@code bits}, {@code clientes} and
 * {@code sair}. Their descriptions for {@code help} are in the message bundles
 * ({@link LocalizedCommands}).
 */
@Component
class ChatCommands {

	/** Options that choose among clients, which only a server has. */
	private static final Map<String, Set<String>> SERVER_ONLY_OPTIONS = Map.of("send", Set.of("to", "all"));

	static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

	private final Conversation conversation;

	private final Connections connections;

	private final ConsoleRole role;

	private final ConversationEnd conversationEnd;

	private final BitTransformer bitTransformer;

	private final ChatProperties properties;

	private final BitColours colours;

	private final ConsoleText text;

	private final ObjectProvider<Terminal> terminal;

	public ChatCommands(Conversation conversation, Connections connections, ConsoleRole role,
			ConversationEnd conversationEnd, BitTransformer bitTransformer, ChatProperties properties,
			BitColours colours, ConsoleText text, ObjectProvider<Terminal> terminal) {
		this.terminal = terminal;
		this.conversation = conversation;
		this.connections = connections;
		this.role = role;
		this.conversationEnd = conversationEnd;
		this.bitTransformer = bitTransformer;
		this.properties = properties;
		this.colours = colours;
		this.text = text;
	}

	/**
	 * Sends the text as typed: the {@link TypedLineParser} gives everything after the
	 * options as one argument.
	 */
	@Command(name = "send", group = "chat")
	public void send(@Option(longName = "to") Integer to, @Option(longName = "all") boolean all,
			@Arguments List<String> words, CommandContext context) {
		PrintWriter out = context.outputWriter();
		String text = String.join(" ", words);
		if (text.isEmpty()) {
			out.println(this.text.get("send.nothing"));
		}
		else if (to != null && all) {
			out.println(this.text.get("send.to-and-all"));
		}
		else {
			Recipients recipients = all ? Recipients.everyone()
					: (to != null) ? Recipients.number(to) : Recipients.reply();
			print(this.conversation.send(text, recipients), out);
		}
		out.flush();
	}

	private void print(SendReport report, PrintWriter out) {
		if (report.refusal() != null) {
			out.println(this.text.get(report.refusal()));
			return;
		}
		for (Peer peer : report.delivered()) {
			out.println(this.text.get("send.sent", this.role.nameOf(peer), this.colours.paint(report.bits())));
		}
		for (SendReport.Failure failure : report.failed()) {
			out.println(
					this.text.get("send.failed", this.role.nameOf(failure.peer()), this.text.get(failure.reason())));
		}
	}

	@Command(name = "bits", group = "chat")
	public void bits(@Arguments List<String> words, CommandContext context) {
		PrintWriter out = context.outputWriter();
		String text = String.join(" ", words);
		if (text.isEmpty()) {
			out.println(this.text.get("bits.nothing"));
		}
		else {
			BitsTable.of(text, this.bitTransformer, this.properties.wire().framing(), this.text).forEach(out::println);
		}
		out.flush();
	}

	/**
	 * Draws the signal a line code puts on the wire for the text's bits (what goes on the
	 * wire with {@code chat.wire.encoding=bits}, before any check bits), wrapped to the
	 * terminal.
	 */
	@Command(name = "sinal", group = "chat")
	public void sinal(@Option(longName = "codigo") String codigo, @Arguments List<String> words,
			CommandContext context) {
		PrintWriter out = context.outputWriter();
		String text = String.join(" ", words);
		Optional<LineCode> code = LineCode.named((codigo != null) ? codigo : "nrz");
		if (code.isEmpty()) {
			out.println(this.text.get("sinal.unknown-code", codigo));
		}
		else if (text.isEmpty()) {
			out.println(this.text.get("sinal.nothing"));
		}
		else {
			String bits = new String(BitCodec.encode(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.US_ASCII);
			out.println(this.text.get("sinal.title." + code.get().label(), text));
			code.get().draw(bits, terminalWidth()).forEach(out::println);
		}
		out.flush();
	}

	private int terminalWidth() {
		Terminal terminal = this.terminal.getIfAvailable();
		int width = (terminal != null) ? terminal.getWidth() : 0;
		return (width > 0) ? width : 80;
	}

	@Command(name = "clientes", group = "chat")
	public void clientes(CommandContext context) {
		PrintWriter out = context.outputWriter();
		this.role.describe(this.connections.list(), out);
		out.flush();
	}

	/** Whether an option of a command makes sense on a server only. */
	static boolean isServerOnly(String command, CommandOption option) {
		return SERVER_ONLY_OPTIONS.getOrDefault(command, Set.of()).contains(option.longName());
	}

	@Command(name = "sair", group = "chat")
	public void sair(CommandContext context) {
		this.conversationEnd.end(context.outputWriter());
	}

}
