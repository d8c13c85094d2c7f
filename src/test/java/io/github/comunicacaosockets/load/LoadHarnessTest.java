package io.github.comunicacaosockets.load;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;

import javax.net.ssl.SSLSocketFactory;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.comunicacaosockets.load.LoadHarness.LoadReport;
import io.github.comunicacaosockets.support.TestCertificates;

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

	@Test
	@DisplayName("10 TLS clients x 200 messages at once: every message delivered exactly once, in order per client, and counted")
	void deliversEverythingInOrderOverTls(@TempDir Path keys) throws Exception {
		TestCertificates certificates = new TestCertificates(keys).keyPair("server");
		SSLSocketFactory tls = certificates.clientContext("server").getSocketFactory();

		LoadReport report = LoadHarness.run(10, 200, Duration.ofSeconds(60),
				(port) -> tls.createSocket(InetAddress.getLoopbackAddress(), port),
				certificates.bundle("server", null).toArray(String[]::new));

		assertThat(report.complete()).as(report.toString()).isTrue();
		assertThat(report.lost()).as(report.toString()).isZero();
		assertThat(report.duplicates()).as(report.toString()).isZero();
		assertThat(report.outOfOrder()).as(report.toString()).isZero();
		assertThat(report.counted()).as(report.toString()).isEqualTo(2_000);
	}

}
