package io.github.comunicacaosockets;

import java.security.CodeSource;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import io.github.comunicacaosockets.support.ServerTest;
import io.github.comunicacaosockets.support.ServerUnderTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application as the tests start it is the application as it ships: its
 * component scan, which reaches the test classes too, takes in none of them.
 */
@ServerTest
@DisplayName("The whole application, started by the tests")
class WholeApplicationTest {

	@Autowired
	private ApplicationContext context;

	@Test
	@DisplayName("has no bean from the tests' own classes but the one a whole-application test imports")
	void hasNoBeanOfTheTests() {
		String tests = ServerUnderTest.class.getProtectionDomain().getCodeSource().getLocation().toString();
		List<String> fromTheTests = Arrays.stream(this.context.getBeanDefinitionNames())
			.map(this.context::getType)
			.filter(Objects::nonNull)
			.filter((type) -> {
				CodeSource source = type.getProtectionDomain().getCodeSource();
				return source != null && source.getLocation().toString().equals(tests);
			})
			.map(Class::getName)
			.toList();

		assertThat(fromTheTests).containsExactly(ServerUnderTest.class.getName());
	}

}
