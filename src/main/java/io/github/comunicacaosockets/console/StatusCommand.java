package io.github.comunicacaosockets.console;

import java.io.PrintWriter;
import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.core.env.Environment;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;

import io.github.comunicacaosockets.config.ChatProperties.Check;
import io.github.comunicacaosockets.config.ChatProperties.Encoding;
import io.github.comunicacaosockets.config.ChatProperties;
import io.github.comunicacaosockets.i18n.ConsoleText;
import io.github.comunicacaosockets.wire.BitTransformer;
import io.github.comunicacaosockets.wire.LinkCheck;
import io.github.comunicacaosockets.wire.LinkCheck.Outcome;
import io.github.comunicacaosockets.wire.RejectionReason;

/**
 * {@code status}: who this process is, how it talks, and the same connection and message
 * counts that {@code /actuator/metrics} shows, read from the same meters.
 */
@Component
class StatusCommand {

	private final ChatProperties properties;

	private final MeterRegistry registry;

	private final ConsoleRole role;

	private final ConsoleText text;

	private final Environment environment;

	private final LinkCheck linkCheck;

	StatusCommand(ChatProperties properties, MeterRegistry registry, ConsoleRole role, ConsoleText text,
			Environment environment, BitTransformer bitTransformer) {
		this.linkCheck = bitTransformer.linkCheck();
		this.properties = properties;
		this.registry = registry;
		this.role = role;
		this.text = text;
		this.environment = environment;
	}

	@Command(name = "status", group = "chat")
	public void status(CommandContext context) {
		PrintWriter out = context.outputWriter();
		long open = (long) this.registry.get("chat.connections.active").gauge().value();
		out.println(this.role.statusLine(open));
		Encoding encoding = this.properties.wire().encoding();
		out.println(this.text.get(this.properties.tls().enabled() ? "status.wire.tls" : "status.wire",
				this.text.get("status.wire." + encoding.name().toLowerCase(Locale.ROOT)),
				this.text.get("status.wire." + this.properties.wire().framing().name().toLowerCase(Locale.ROOT)),
				this.properties.maxFrameBytes(), (encoding == Encoding.BITS) ? textBytes() : ""));
		out.println(this.text.get("status.connections", this.text.count("status.connections.open", open),
				this.text.count("status.connections.opened", count("chat.connections.opened")),
				this.text.count("status.connections.closed", count("chat.connections.closed")),
				this.text.count("status.connections.refused", count("chat.connections.rejected"))));
		out.println(this.text.get("status.messages",
				this.text.count("status.messages.received", count("chat.messages.received")),
				this.text.count("status.messages.sent", count("chat.messages.sent")),
				this.text.count("status.messages.rejected", count("chat.messages.rejected"))));
		Check check = this.properties.wire().check();
		if (check != Check.NONE) {
			out.println(this.text.get("status.check", check.value(), checked(Outcome.OK), checked(Outcome.CORRECTED),
					checked(Outcome.DETECTED)));
		}
		long mismatched = count("chat.messages.rejected", "reason", RejectionReason.CHECK_MISMATCH.tag());
		if (mismatched > 0) {
			out.println(this.text.get("status.check-mismatch", mismatched, check.value()));
		}
		double bitErrorRate = this.properties.wire().noise().bitErrorRate();
		if (bitErrorRate > 0) {
			out.println(this.text.get("status.noise", String.valueOf(bitErrorRate),
					this.text.count("status.noise.flipped", count("chat.wire.noise.flipped"))));
		}
		String webAddress = this.environment.getProperty("server.address", "127.0.0.1");
		String webPort = this.environment.getProperty("local.server.port", "?");
		out.println(this.text.get("status.actuator", webAddress, webPort));
		out.println(this.text.get("status.page", webAddress, webPort));
		out.flush();
	}

	/** How many bytes of text fit in a frame, in bits, with the link's check bits. */
	private String textBytes() {
		Check check = this.properties.wire().check();
		int fit = this.linkCheck.dataBytesWithin(this.properties.maxFrameBytes());
		return (check == Check.NONE) ? this.text.get("status.wire.text-bytes", fit)
				: this.text.get("status.wire.text-bytes.check", fit, check.value());
	}

	/** How many frames the link's check found so. */
	private long checked(Outcome outcome) {
		return count("chat.frames.checked", "outcome", outcome.tag());
	}

	/** A counter's total over the tags it has besides this one. */
	private long count(String name, String tag, String value) {
		return (long) this.registry.find(name).tag(tag, value).counters().stream().mapToDouble(Counter::count).sum();
	}

	/** A counter's total over all its tags. */
	private long count(String name) {
		return (long) this.registry.find(name).counters().stream().mapToDouble(Counter::count).sum();
	}

}
