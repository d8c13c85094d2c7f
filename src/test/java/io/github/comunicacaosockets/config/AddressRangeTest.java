package io.github.comunicacaosockets.config;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@DisplayName("AddressRange")
class AddressRangeTest {

	private static InetAddress address(String literal) throws UnknownHostException {
		return InetAddress.getByName(literal);
	}

	@Test
	@DisplayName("contains exactly the addresses that share its prefix")
	void containsItsPrefix() throws UnknownHostException {
		AddressRange classroom = AddressRange.of("192.168.10.0/24");

		assertThat(classroom.contains(address("192.168.10.0"))).isTrue();
		assertThat(classroom.contains(address("192.168.10.255"))).isTrue();
		assertThat(classroom.contains(address("192.168.11.1"))).isFalse();
		assertThat(classroom.contains(address("10.0.0.1"))).isFalse();
	}

	@Test
	@DisplayName("reads a lone address as a range of one")
	void readsLoneAddress() throws UnknownHostException {
		AddressRange one = AddressRange.of("10.0.0.7");

		assertThat(one).hasToString("10.0.0.7/32");
		assertThat(one.contains(address("10.0.0.7"))).isTrue();
		assertThat(one.contains(address("10.0.0.8"))).isFalse();
	}

	@Test
	@DisplayName("clears host bits written after the prefix, as 10.1.2.3/8 means 10.0.0.0/8")
	void clearsHostBits() {
		assertThat(AddressRange.of("10.1.2.3/8")).isEqualTo(AddressRange.of("10.0.0.0/8")).hasToString("10.0.0.0/8");
	}

	@Test
	@DisplayName("handles IPv6 and never matches across address families")
	void handlesIpv6() throws UnknownHostException {
		AddressRange local = AddressRange.of("::1/128");

		assertThat(local.contains(address("::1"))).isTrue();
		assertThat(local.contains(address("127.0.0.1"))).isFalse();
		assertThat(AddressRange.of("0.0.0.0/0").contains(address("::1"))).isFalse();
	}

	@Test
	@DisplayName("takes loopback, over IPv4 and IPv6, as the default")
	void loopbackDefault() throws UnknownHostException {
		InetAddress otherLoopback = address("127.0.0.2");
		InetAddress ipv6Loopback = address("::1");
		InetAddress lan = address("192.168.0.1");

		assertThat(AddressRange.LOOPBACK).anyMatch((range) -> range.contains(otherLoopback));
		assertThat(AddressRange.LOOPBACK).anyMatch((range) -> range.contains(ipv6Loopback));
		assertThat(AddressRange.LOOPBACK).noneMatch((range) -> range.contains(lan));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "escola.local", "10.0.0/8", "256.1.1.1", "10.0.0.0/33", "10.0.0.0/-1", "10.0.0.0/x",
			"10.0.0.0/8/8", "::1/129" })
	@DisplayName("refuses text that is not a literal address or CIDR range, saying why")
	void refusesNonsense(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> AddressRange.of(text))
			.withMessageContaining("'" + text + "'");
	}

}
