package io.github.comunicacaosockets.console;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;

/**
 * Prints why the application could not start on the terminal, where logging does not go:
 * the single line of {@link StartFailureAnalyzer}, or Spring Boot's report for any other
 * failure it explains (a wrong setting, for example), laid out as Spring Boot lays it
 * out.
 */
class StartFailureReporter implements FailureAnalysisReporter {

	@Override
	public void report(FailureAnalysis analysis) {
		System.out.println((analysis instanceof StartFailureAnalyzer.OneLine) ? analysis.getDescription()
				: springBootReport(analysis));
		System.out.flush();
	}

	private static String springBootReport(FailureAnalysis analysis) {
		StringBuilder report = new StringBuilder().append(System.lineSeparator())
			.append(System.lineSeparator())
			.append("***************************")
			.append(System.lineSeparator())
			.append("APPLICATION FAILED TO START")
			.append(System.lineSeparator())
			.append("***************************")
			.append(System.lineSeparator())
			.append(System.lineSeparator())
			.append("Description:")
			.append(System.lineSeparator())
			.append(System.lineSeparator())
			.append(analysis.getDescription())
			.append(System.lineSeparator());
		if (analysis.getAction() != null && !analysis.getAction().isEmpty()) {
			report.append(System.lineSeparator())
				.append("Action:")
				.append(System.lineSeparator())
				.append(System.lineSeparator())
				.append(analysis.getAction())
				.append(System.lineSeparator());
		}
		return report.toString();
	}

}
