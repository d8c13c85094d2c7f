package io.github.comunicacaosockets.support;

import java.util.Arrays;
import java.util.Collection;

/**
 * What repeated runs of one measurement show: their median and their range. Figures on
 * this kind of machine swing between runs, so a benchmark reports a measurement this way,
 * never from a single run.
 */
public record Spread(double median, double min, double max) {

	public static Spread of(Collection<Double> values) {
		return of(values.stream().mapToDouble(Double::doubleValue).toArray());
	}

	public static Spread of(double... values) {
		if (values.length == 0) {
			throw new IllegalArgumentException("No runs to summarise");
		}
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		double median = (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
		return new Spread(median, sorted[0], sorted[sorted.length - 1]);
	}

	/**
	 * The median, then the range in brackets, each in this format, such as {@code %.2f}.
	 */
	public String format(String number) {
		return String.format(number, this.median) + " (" + String.format(number, this.min) + "-"
				+ String.format(number, this.max) + ")";
	}

}
