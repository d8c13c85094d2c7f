package io.github.comunicacaosockets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How the main packages depend on each other, read from their imports. */
@DisplayName("The packages")
class PackageLayoutTest {

	private static final Path MAIN = Path.of("src/main/java/io/github/comunicacaosockets");

	private static final Pattern OUR_IMPORT = Pattern
		.compile("^import (?:static )?io\\.github\\.comunicacaosockets\\.(\\w+)\\.", Pattern.MULTILINE);

	@Test
	@DisplayName("do not import each other in a circle")
	void formNoCycle() {
		Map<String, Set<String>> imports = imports();
		assertThat(imports).as("packages found").containsKeys("config", "wire", "link", "chat", "console");
		List<String> cycles = new ArrayList<>();
		for (String start : imports.keySet()) {
			findCycles(start, start, imports, new ArrayList<>(List.of(start)), cycles);
		}
		assertThat(cycles).as("package cycles, with the imports %s", imports).isEmpty();
	}

	@Test
	@DisplayName("leave the settings (config) free of every other package of ours")
	void configImportsNothingOfOurs() {
		assertThat(imports().get("config")).isEmpty();
	}

	/**
	 * The layers, each above the ones it may use: the bytes on the wire, who is let in,
	 * the connections, the conversation, then the console and the meters, which use any
	 * of them but not each other, and on top the classroom page, which shows what both
	 * show.
	 */
	private static final Map<String, Set<String>> MAY_IMPORT = Map.of("config", Set.of(), "i18n", Set.of("config"),
			"wire", Set.of("config"), "access", Set.of("config", "i18n", "wire"), "link",
			Set.of("config", "i18n", "wire", "access"), "chat", Set.of("config", "i18n", "wire", "access", "link"),
			"console", Set.of("config", "i18n", "wire", "access", "link", "chat"), "observability",
			Set.of("config", "wire", "access", "link", "chat"), "classroom",
			Set.of("config", "i18n", "wire", "access", "link", "chat", "console", "observability"));

	@Test
	@DisplayName("each use only the layers beneath them: wire, access, link, chat, then console and observability, then classroom")
	void useOnlyTheLayersBeneath() {
		Map<String, Set<String>> imports = imports();
		assertThat(imports.keySet()).as("every package has its place").isSubsetOf(MAY_IMPORT.keySet());
		imports.forEach((pkg, used) -> assertThat(used).as("what %s imports", pkg).isSubsetOf(MAY_IMPORT.get(pkg)));
	}

	@Test
	@DisplayName("each say in a package-info.java, marked @NullMarked, what they own")
	void sayWhatTheyOwn() {
		for (Path pkg : packages()) {
			Path info = pkg.resolve("package-info.java");
			assertThat(info).as("the package-info of %s", pkg).exists();
			assertThat(read(info)).as("%s", info).contains("@NullMarked").containsPattern("/\\*\\*\\s+\\* \\S");
		}
	}

	private static final Pattern PUBLIC_TYPE = Pattern
		.compile("^public (?:final |abstract )?(?:class|record|interface|enum|@interface) (\\w+)", Pattern.MULTILINE);

	@Test
	@DisplayName("make a type public only when another package of ours uses it")
	void keepTheRestToThemselves() {
		Map<Path, String> sources = new TreeMap<>();
		try (Stream<Path> files = Files.walk(MAIN)) {
			files.filter((file) -> file.toString().endsWith(".java")).forEach((file) -> sources.put(file, read(file)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<String> publicForNobody = new ArrayList<>();
		sources.forEach((file, source) -> {
			Matcher type = PUBLIC_TYPE.matcher(source);
			if (type.find() && !file.getParent().equals(MAIN)) {
				Pattern use = Pattern.compile("\\b" + type.group(1) + "\\b");
				boolean usedElsewhere = sources.entrySet()
					.stream()
					.anyMatch((other) -> !other.getKey().getParent().equals(file.getParent())
							&& use.matcher(other.getValue()).find());
				if (!usedElsewhere) {
					publicForNobody.add(MAIN.relativize(file).toString());
				}
			}
		});
		assertThat(publicForNobody).as("public types no other package uses").isEmpty();
	}

	private static List<Path> packages() {
		try (Stream<Path> files = Files.walk(MAIN)) {
			return files.filter(Files::isDirectory).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void findCycles(String start, String current, Map<String, Set<String>> imports, List<String> path,
			List<String> cycles) {
		for (String next : imports.getOrDefault(current, Set.of())) {
			if (next.equals(start)) {
				cycles.add(String.join(" -> ", path) + " -> " + start);
			}
			else if (!path.contains(next) && next.compareTo(start) > 0) {
				path.add(next);
				findCycles(start, next, imports, path, cycles);
				path.remove(path.size() - 1);
			}
		}
	}

	/** Each package of ours, and the other packages of ours it imports. */
	private static Map<String, Set<String>> imports() {
		Map<String, Set<String>> imports = new TreeMap<>();
		try (Stream<Path> files = Files.walk(MAIN)) {
			files.filter((file) -> file.toString().endsWith(".java") && !file.getParent().equals(MAIN))
				.forEach((file) -> {
					String pkg = MAIN.relativize(file.getParent()).toString().replace('/', '.');
					Set<String> used = imports.computeIfAbsent(pkg, (key) -> new TreeSet<>());
					Matcher matcher = OUR_IMPORT.matcher(read(file));
					while (matcher.find()) {
						if (!matcher.group(1).equals(pkg)) {
							used.add(matcher.group(1));
						}
					}
				});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return imports;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
