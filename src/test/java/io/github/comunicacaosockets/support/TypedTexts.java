package io.github.comunicacaosockets.support;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Texts as people type them into a chat: one to a dozen words, some with accents,
 * punctuation, digits and emoji. The same seed gives the same texts.
 */
public final class TypedTexts {

	private static final String[] WORDS = { "oi", "olá", "tudo", "bem", "como", "vai", "você", "não", "sim", "é", "a",
			"de", "que", "para", "com", "uma", "mais", "quando", "muito", "há", "já", "está", "também", "só", "até",
			"isso", "depois", "têm", "nós", "vocês", "café", "ação", "👋", "Hello,", "World!", "123", "42?", "rede",
			"bits", "quadro", "paridade", "TCP", "(porta", "5000)" };

	private TypedTexts() {
	}

	/** {@code count} texts, a third of them of one or two words. */
	public static List<String> of(int count, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		List<String> texts = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			int words = 1 + random.nextInt((i % 3 == 0) ? 2 : 12);
			StringBuilder text = new StringBuilder();
			for (int word = 0; word < words; word++) {
				text.append((word > 0) ? " " : "").append(WORDS[random.nextInt(WORDS.length)]);
			}
			texts.add(text.toString());
		}
		return texts;
	}

}
