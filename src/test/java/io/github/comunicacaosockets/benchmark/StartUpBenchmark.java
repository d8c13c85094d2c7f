package io.github.comunicacaosockets.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.comunicacaosockets.support.Spread;

/**
 * How long the release's {@code bin/servidor} takes to listen, beside the packaged jar
 * started with {@code java -jar}, on the Java that runs this benchmark: the time from
 * starting the command to the line {@code Servidor aguardando conexão na porta ...}. The
 * release is unpacked afresh; its first start, which records what later starts start
 * from, is timed apart. Then the two are started in turn, {@code -Dbench.starts} times
 * each (default 5), from the release's folder, so that both read its {@code config/}. Run
 * with {@code ./mvnw -B -Pstartup -DskipTests verify}, and with {@code JAVA_HOME} set to
 * measure another Java.
 */
public final class StartUpBenchmark {

	private static final String LISTENING = "Servidor aguardando conexão na porta";

	private StartUpBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path archive = Path.of(System.getProperty("release.archive"));
		Path jar = Path.of(System.getProperty("release.jar"));
		int starts = Integer.getInteger("bench.starts", 5);
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Path folder = Files.createTempDirectory("start-up");
		run(List.of("tar", "-xzf", archive.toString()), folder);
		Path home = folder.resolve(archive.getFileName().toString().replace(".tar.gz", ""));
		List<String> release = List.of("sh", "bin/servidor", "--chat.port=0", "--server.port=0");
		List<String> plainJar = List.of(java, "--enable-native-access=ALL-UNNAMED", "-jar", jar.toString(),
				"--chat.port=0", "--server.port=0");
		double first = toListening(release, home);
		double[] releaseSeconds = new double[starts];
		double[] jarSeconds = new double[starts];
		for (int i = 0; i < starts; i++) {
			jarSeconds[i] = toListening(plainJar, home);
			releaseSeconds[i] = toListening(release, home);
		}
		double[] ratios = new double[starts];
		for (int i = 0; i < starts; i++) {
			ratios[i] = releaseSeconds[i] / jarSeconds[i];
		}
		System.out.printf("%nJava %s, start to listening, median of %d (range), the two started in turn%n%n",
				System.getProperty("java.version"), starts);
		System.out.println("| how | to listening | ratio to java -jar |");
		System.out.println("|---|---|---|");
		System.out.printf("| `java -jar %s` | %s s | - |%n", jar.getFileName(), Spread.of(jarSeconds).format("%.2f"));
		System.out.printf("| the release's `bin/servidor` | %s s | %s |%n", Spread.of(releaseSeconds).format("%.2f"),
				Spread.of(ratios).format("%.2f"));
		System.out.printf("| its first start, recording %s | %.2f s | - |%n",
				(Runtime.version().feature() >= 24) ? "the ahead-of-time cache" : "the class data sharing archive",
				first);
	}

	/** Seconds from starting the command to the listening line; then types sair. */
	private static double toListening(List<String> command, Path directory) throws Exception {
		long start = System.nanoTime();
		Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
		try {
			BufferedReader output = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
			List<String> lines = new ArrayList<>();
			for (String line = output.readLine(); line != null; line = output.readLine()) {
				if (line.contains(LISTENING)) {
					double seconds = (System.nanoTime() - start) / 1e9;
					OutputStream input = process.getOutputStream();
					input.write("sair\n".getBytes(StandardCharsets.UTF_8));
					input.flush();
					output.transferTo(Writer.nullWriter());
					process.waitFor(30, TimeUnit.SECONDS);
					return seconds;
				}
				lines.add(line);
			}
			throw new IllegalStateException(command + " ended without listening:\n" + String.join("\n", lines));
		}
		finally {
			process.destroyForcibly();
		}
	}

	private static void run(List<String> command, Path directory) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).directory(directory.toFile()).inheritIO().start();
		if (process.waitFor() != 0) {
			throw new IllegalStateException(command + " failed");
		}
	}

}
