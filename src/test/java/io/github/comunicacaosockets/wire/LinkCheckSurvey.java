package io.github.comunicacaosockets.wire;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.github.comunicacaosockets.config.ChatProperties.Check;
import io.github.comunicacaosockets.config.ChatProperties.Encoding;
import io.github.comunicacaosockets.support.TypedTexts;

/**
 * What a receiver makes of typed texts from a sender, for every pair of checks and a few
 * noise rates: how often a text arrives intact, arrives wrong, is caught by the check, or
 * is put down to the sender's using another check. For a class (how often does parity
 * miss two flips?) and for the figures the README gives on mismatches. Run with
 * {@code ./mvnw -B -Psurvey -DskipTests verify}, or with {@code java} and the test class
 * path; {@code -Dsurvey.texts=20000} (the default) and {@code -Dsurvey.seed=1} choose the
 * texts and the noise.
 */
public final class LinkCheckSurvey {

	private static final double[] RATES = { 0, 0.01, 0.03, 0.1 };

	private LinkCheckSurvey() {
	}

	public static void main(String[] args) {
		int count = Integer.getInteger("survey.texts", 20_000);
		long seed = Long.getLong("survey.seed", 1L);
		List<String> texts = TypedTexts.of(count, seed);
		System.out.printf("%,d typed texts (seed %d) from each sender to each receiver%n", count, seed);
		for (double rate : RATES) {
			System.out.printf("%nnoise: each bit flipped with probability %s%n%n", rate);
			System.out.println("| receiver | sender | intact | wrong text | check failed | failed, or no check? "
					+ "| named: the sender's check | named: another | other rejection |");
			System.out.println("|---|---|---|---|---|---|---|---|---|");
			for (Check receiver : Check.values()) {
				for (Check sender : Check.values()) {
					if (rate == 0 && receiver == sender) {
						continue;
					}
					Map<Outcome, Integer> outcomes = survey(receiver, sender, new Noise(rate, seed), texts);
					StringBuilder row = new StringBuilder("| " + receiver.value() + " | " + sender.value() + " |");
					for (Outcome outcome : Outcome.values()) {
						row.append(' ').append(outcomes.getOrDefault(outcome, 0)).append(" |");
					}
					System.out.println(row);
				}
			}
		}
	}

	private static Map<Outcome, Integer> survey(Check receiver, Check sender, Noise noise, List<String> texts) {
		BitTransformer transformer = new BitTransformer(Encoding.BITS, new LinkCheck(receiver));
		LinkCheck sendersCheck = new LinkCheck(sender);
		Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
		for (String text : texts) {
			byte[] wire = noise.pass(sendersCheck.protect(text.getBytes(StandardCharsets.UTF_8))).bits();
			outcomes.merge(outcome(transformer, wire, text, sender), 1, Integer::sum);
		}
		return outcomes;
	}

	private static Outcome outcome(BitTransformer transformer, byte[] wire, String text, Check sender) {
		try {
			return transformer.fromWire(wire).text().equals(text) ? Outcome.INTACT : Outcome.WRONG_TEXT;
		}
		catch (RejectedFrameException rejection) {
			if (rejection.reason() == RejectionReason.CHECK_MISMATCH) {
				return sender.value().equals(rejection.description().getArguments()[0]) ? Outcome.NAMED_RIGHT
						: Outcome.NAMED_WRONG;
			}
			if (rejection.reason() == RejectionReason.CHECK_FAILED) {
				return rejection.description().getCodes()[0].endsWith(".or-none") ? Outcome.FAILED_OR_NONE
						: Outcome.CHECK_FAILED;
			}
			return Outcome.OTHER_REJECTION;
		}
	}

	/** The columns of the table, in order. */
	private enum Outcome {

		INTACT, WRONG_TEXT, CHECK_FAILED, FAILED_OR_NONE, NAMED_RIGHT, NAMED_WRONG, OTHER_REJECTION

	}

}
