package io.github.comunicacaosockets.load;

import java.time.Duration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.github.comunicacaosockets.load.LoadHarness.LoadReport;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Under load")
class LoadHarnessTest {

	@Test
	@DisplayName("50 clients x 200 messages at once: every message delivered exactly once, in order per client, and counted")
	void deliversEverythingInOrder() throws Exception {
		LoadReport report = LoadHarness.run(50, 200, Duration.ofSeconds(60));

		assertThat(report.complete()).as(report.toString()).isTrue();
		assertThat(report.lost()).as(report.toString()).isZero();
		assertThat(report.duplicates()).as(report.toString()).isZero();
		assertThat(report.outOfOrder()).as(report.toString()).isZero();
		assertThat(report.counted()).as(report.toString()).isEqualTo(10_000);
	}

}
