package io.github.comunicacaosockets.benchmark;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import io.github.comunicacaosockets.wire.BitCodec;

/**
 * The bit codec against the codec anyone would write first ({@code Integer.toBinaryString} padded
 * with {@code String.format}, {@code Integer.parseInt(..., 2)} back), on one thread. Each operation
 * encodes {@code size} bytes and decodes the result; input bytes per second are operations per
 * second times {@code size}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BitCodecBenchmark {

	@Param({ "100", "8192" })
	int size;

	private byte[] bytes;

	private byte[] bits;

	private String naiveBits;

	@Setup
	public void makeInput() {
		this.bytes = new byte[this.size];
		new Random(42).nextBytes(this.bytes);
		this.bits = BitCodec.encode(this.bytes);
		this.naiveBits = NaiveCodec.encode(this.bytes);
	}

	@Benchmark
	public byte[] roundTrip() {
		return BitCodec.decode(BitCodec.encode(this.bytes));
	}

	@Benchmark
	public byte[] roundTripNaive() {
		return NaiveCodec.decode(NaiveCodec.encode(this.bytes));
	}

	@Benchmark
	public byte[] encode() {
		return BitCodec.encode(this.bytes);
	}

	@Benchmark
	public byte[] decode() {
		return BitCodec.decode(this.bits);
	}

	@Benchmark
	public String encodeNaive() {
		return NaiveCodec.encode(this.bytes);
	}

	@Benchmark
	public byte[] decodeNaive() {
		return NaiveCodec.decode(this.naiveBits);
	}

	/** The per-byte codec a first version would use. */
	static final class NaiveCodec {

		private NaiveCodec() {
		}

		static String encode(byte[] bytes) {
			StringBuilder bits = new StringBuilder(bytes.length * 8);
			for (byte b : bytes) {
				bits.append(String.format("%8s", Integer.toBinaryString(b & 0xFF)).replace(' ', '0'));
			}
			return bits.toString();
		}

		static byte[] decode(String bits) {
			byte[] bytes = new byte[bits.length() / 8];
			for (int i = 0; i < bytes.length; i++) {
				bytes[i] = (byte) Integer.parseInt(bits.substring(i * 8, i * 8 + 8), 2);
			}
			return bytes;
		}

		static byte[] decode(byte[] bits) {
			return decode(new String(bits, StandardCharsets.US_ASCII));
		}

	}

}
