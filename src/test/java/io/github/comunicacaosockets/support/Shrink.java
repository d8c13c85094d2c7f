package io.github.comunicacaosockets.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Makes a failing random input readable: when a check fails on a list (of bytes, code
 * points, frames...), finds a shorter list, made by leaving elements out, on which it
 * still fails, and reports that one.
 */
public final class Shrink {

	private Shrink() {
	}

	/**
	 * Runs {@code check} on {@code input}; if it fails, fails with the shortest sub-list
	 * found on which it still fails, and that failure.
	 */
	public static <T> void check(List<T> input, Consumer<List<T>> check) {
		AssertionError failure = failure(input, check);
		if (failure == null) {
			return;
		}
		List<T> smallest = input;
		AssertionError smallestFailure = failure;
		int chunk = smallest.size() / 2;
		while (chunk >= 1) {
			boolean shrunk = false;
			for (int start = 0; start + chunk <= smallest.size(); start += chunk) {
				List<T> candidate = new ArrayList<>(smallest.subList(0, start));
				candidate.addAll(smallest.subList(start + chunk, smallest.size()));
				AssertionError candidateFailure = failure(candidate, check);
				if (candidateFailure != null) {
					smallest = candidate;
					smallestFailure = candidateFailure;
					shrunk = true;
					break;
				}
			}
			if (!shrunk) {
				chunk /= 2;
			}
		}
		throw new AssertionError("fails on " + smallest.size() + " of the " + input.size() + " elements drawn, "
				+ abbreviated(smallest) + ": " + smallestFailure.getMessage(), smallestFailure);
	}

	private static <T> AssertionError failure(List<T> input, Consumer<List<T>> check) {
		try {
			check.accept(input);
			return null;
		}
		catch (AssertionError failure) {
			return failure;
		}
	}

	private static String abbreviated(List<?> list) {
		String text = list.toString();
		return (text.length() <= 2000) ? text : text.substring(0, 2000) + "...";
	}

}
