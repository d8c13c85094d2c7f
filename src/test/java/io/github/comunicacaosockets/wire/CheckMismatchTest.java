package io.github.comunicacaosockets.wire;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.comunicacaosockets.config.ChatProperties.Check;
import io.github.comunicacaosockets.config.ChatProperties.Encoding;
import io.github.comunicacaosockets.support.TypedTexts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@DisplayName("Two ends with different chat.wire.check")
class CheckMismatchTest {

	/** Texts as people type them: one to a dozen words, some with accents and emoji. */
	private static final List<String> TEXTS = TypedTexts.of(3000, 2026);

	private static RejectedFrameException rejection(Check receiver, byte[] wire) {
		BitTransformer transformer = new BitTransformer(Encoding.BITS, new LinkCheck(receiver));
		return catchThrowableOfType(RejectedFrameException.class, () -> transformer.fromWire(wire));
	}

	static Stream<Arguments> differentChecks() {
		return Stream.of(Check.values())
			.flatMap((receiver) -> Stream.of(Check.values())
				.filter((sender) -> sender != receiver)
				.filter((sender) -> !(receiver == Check.CRC32 && sender == Check.NONE))
				.map((sender) -> Arguments.of(receiver, sender)));
	}

	@ParameterizedTest(name = "this side {0}, the other side {1}")
	@MethodSource("differentChecks")
	@DisplayName("every frame from a sender with another check is rejected and the sender's check named, not shown garbled")
	void namesTheSendersCheck(Check receiver, Check sender) {
		LinkCheck sendersCheck = new LinkCheck(sender);
		for (String text : TEXTS) {
			RejectedFrameException rejection = rejection(receiver,
					sendersCheck.protect(text.getBytes(StandardCharsets.UTF_8)));

			assertThat(rejection).as(text).isNotNull();
			assertThat(rejection.reason()).as(text).isEqualTo(RejectionReason.CHECK_MISMATCH);
			assertThat(rejection.description().getArguments()).as(text).startsWith(sender.value(), receiver.value());
		}
	}

	@Test
	@DisplayName("crc32 from a sender with no check: short frames are named; longer ones fail the CRC and the failure names both noise and no check")
	void crcFromASenderWithoutACheck() {
		for (String text : TEXTS) {
			byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
			RejectedFrameException rejection = rejection(Check.CRC32, BitCodec.encode(utf8));

			if (utf8.length <= 4) {
				assertThat(rejection.reason()).as(text).isEqualTo(RejectionReason.CHECK_MISMATCH);
				assertThat(rejection.description().getArguments()).as(text).startsWith("none", "crc32");
			}
			else {
				assertThat(rejection.reason()).as(text).isEqualTo(RejectionReason.CHECK_FAILED);
				assertThat(rejection.description().getCodes()).as(text)
					.containsExactly("rejection.check-failed.or-none");
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(value = Check.class, names = { "PARITY", "CRC32", "HAMMING" })
	@DisplayName("noise on a link whose two ends agree is never blamed on another check")
	void noiseIsNotAMismatch(Check check) {
		LinkCheck linkCheck = new LinkCheck(check);
		int damaged = 0;
		for (double rate : new double[] { 0.01, 0.03 }) {
			Noise noise = new Noise(rate, 5L);
			for (String text : TEXTS) {
				Noise.Passed passed = noise.pass(linkCheck.protect(text.getBytes(StandardCharsets.UTF_8)));
				RejectedFrameException rejection = rejection(check, passed.bits());

				damaged += passed.flipped().isEmpty() ? 0 : 1;
				assertThat(rejection).satisfiesAnyOf((none) -> assertThat(none).isNull(),
						(some) -> assertThat(some.reason()).as(text).isNotEqualTo(RejectionReason.CHECK_MISMATCH));
			}
		}
		assertThat(damaged).as("frames the noise damaged").isGreaterThan(TEXTS.size());
	}

	@Test
	@DisplayName("the mismatch shows the frame's bits grouped as the sender's check lays them out")
	void showsTheSendersLayout() {
		RejectedFrameException rejection = rejection(Check.HAMMING,
				new LinkCheck(Check.PARITY).protect("Oi".getBytes(StandardCharsets.UTF_8)));

		assertThat(rejection.description().getArguments()).hasSize(4).endsWith("010011111 011010010");
		assertThat(rejection.description().getArguments()[2]).isInstanceOfSatisfying(
				org.springframework.context.MessageSourceResolvable.class,
				(layout) -> assertThat(layout.getCodes()).containsExactly("check.layout.parity"));
	}

	@Test
	@DisplayName("a frame of text with no check is delivered as today by a side with no check")
	void plainTextStaysPlain() {
		BitTransformer transformer = new BitTransformer(Encoding.BITS);
		for (String text : TEXTS) {
			assertThat(transformer.fromWire(BitCodec.encode(text.getBytes(StandardCharsets.UTF_8))).text())
				.isEqualTo(text);
		}
	}

}
