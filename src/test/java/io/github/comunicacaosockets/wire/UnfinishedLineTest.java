package io.github.comunicacaosockets.wire;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The line a connection has left unfinished, on its own: what starts its clock, and what
 * ends it.
 */
@DisplayName("UnfinishedLine")
class UnfinishedLineTest {

	private static final int BOUND = 64;

	private final AtomicInteger leftUnfinished = new AtomicInteger();

	private final UnfinishedLine line = new UnfinishedLine((unfinished) -> this.leftUnfinished.incrementAndGet());

	private final ArrivingBytes in = new ArrivingBytes(true);

	private ReceivedFrame readOn() throws IOException {
		return this.line.readOn(this.in, BOUND);
	}

	@Test
	@DisplayName("says once that a line was left unfinished, however many reads it takes, and again for the next line")
	void saysOncePerLine() throws IOException {
		this.in.arrive("01");
		assertThat(readOn()).isNull();
		this.in.arrive("10");
		assertThat(readOn()).isNull();
		assertThat(this.leftUnfinished).hasValue(1);

		this.in.arrive("\n0");
		assertThat(readOn()).isNotNull();
		assertThat(readOn()).isNull();
		assertThat(this.leftUnfinished).hasValue(2);
	}

	@Test
	@DisplayName("says nothing for lines that end within the read that began them")
	void silentForWholeLines() throws IOException {
		this.in.arrive("0110\n1001\r\n");
		assertThat(readOn().lineEnd()).isEqualTo("\n");
		assertThat(readOn().lineEnd()).isEqualTo("\r\n");
		assertThat(this.leftUnfinished).hasValue(0);
	}

	@Test
	@DisplayName("gives up only the line it was asked about: one that ended since is left alone")
	void givesUpOnlyTheSameLine() throws IOException {
		this.in.arrive("0110");
		readOn();
		long overdue = this.line.lineNumber();
		this.in.arrive("\n01");
		readOn();
		readOn();

		assertThat(this.line.giveUp(overdue)).as("a line that ended in time").isZero();
		assertThat(this.line.length()).isEqualTo(2);
		assertThat(this.line.giveUp(this.line.lineNumber())).isEqualTo(2);
		assertThat(this.line.length()).isZero();
	}

	@Test
	@DisplayName("keeps nothing once its connection has closed and dropped the part")
	void dropsThePartAtClose() throws IOException {
		this.in.arrive("0".repeat(BOUND));
		readOn();

		assertThat(this.line.connectionClosed(0)).isEqualTo(BOUND);
		assertThat(this.line.connectionClosed(0)).as("reported once").isZero();
		assertThat(this.line.length()).isZero();
	}

}
