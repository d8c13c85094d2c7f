package io.github.comunicacaosockets.config;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.github.comunicacaosockets.ComunicacaoSocketsApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

@ExtendWith(OutputCaptureExtension.class)
@DisplayName("Start-up with a wrong setting")
class SettingsValidationTest {

	@ParameterizedTest(name = "--{0}={1} stops start-up naming the setting")
	@CsvSource(delimiter = '|', textBlock = """
			chat.port               | 70000 | must be less than or equal to 65535
			chat.port               | -1    | must be greater than or equal to 0
			chat.wire.encoding      | foo   | BITS
			chat.wire.framing       | lines | RAW
			chat.role               | peer  | CLIENT
			chat.host               | ' '   | must not be blank
			chat.max-message-bytes  | 4B    | chat.max-message-bytes must be between 8B and 2GB
			chat.retry-interval     | 0s    | chat.retry-interval must be positive
			chat.max-connections    | 0     | must be greater than or equal to 1
			chat.idle-timeout       | 0s    | chat.idle-timeout must be between 1ms
			chat.max-connections-per-address | 0 | must be greater than or equal to 1
			chat.frame-timeout      | 500ms | chat.frame-timeout must be at least 1s
			chat.send-timeout       | 0s    | chat.send-timeout must be positive
			chat.send-buffer        | 0B    | chat.send-buffer must be at least 1B
			chat.tls.handshake-timeout | 100ms | chat.tls.handshake-timeout must be at least 1s
			chat.allow              | 10.0.0/8 | is not an IP address or CIDR range
			chat.allow              | 10.0.0.0/40 | prefix length outside 0..32
			chat.tls.client-auth    | always | NEED
			chat.tls.enabled        | true  | needs an SSL bundle named
			chat.wire.check         | crc16 | HAMMING
			chat.wire.noise.bit-error-rate | 1.5 | chat.wire.noise.bit-error-rate must be between 0 and 1
			""")
	void refusesToStart(String setting, String value, String explanation, CapturedOutput output) {
		assertThatException().isThrownBy(() -> new SpringApplicationBuilder(ComunicacaoSocketsApplication.class)
			.run("--" + setting + "=" + value, "--server.port=0", "--spring.shell.interactive.enabled=false"));

		assertThat(output.getOut() + output.getErr()).contains("APPLICATION FAILED TO START")
			.contains(setting)
			.contains(explanation)
			.doesNotContain("Exception encountered during context initialization")
			.doesNotContain("\tat ");
	}

	@ParameterizedTest(name = "{0} with the bytes encoding stops start-up: it works on bits")
	@CsvSource(delimiter = '|', textBlock = """
			chat.wire.check=parity               | chat.wire.check=parity works on bits
			chat.wire.noise.bit-error-rate=0.01  | chat.wire.noise.bit-error-rate flips bits on the wire
			""")
	void refusesLinkLayerOnBytes(String setting, String explanation, CapturedOutput output) {
		assertThatException()
			.isThrownBy(() -> new SpringApplicationBuilder(ComunicacaoSocketsApplication.class).run("--" + setting,
					"--chat.wire.encoding=bytes", "--server.port=0", "--spring.shell.interactive.enabled=false"));

		assertThat(output.getOut() + output.getErr()).contains("APPLICATION FAILED TO START")
			.contains(explanation)
			.contains("needs chat.wire.encoding=bits")
			.doesNotContain("\tat ");
	}

}
