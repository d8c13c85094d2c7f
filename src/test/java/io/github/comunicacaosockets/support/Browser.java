package io.github.comunicacaosockets.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real headless browser: Debian's {@code chromium}, driven through its
 * {@code chromedriver}, both found on this machine so that nothing is downloaded while
 * the tests run ({@code .ci/run} installs them). Without them the browser's tests are
 * skipped on a developer's machine, and fail under {@code CI=true}.
 */
public final class Browser implements AutoCloseable {

	private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");

	private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

	private final ChromeDriver driver;

	private Browser(ChromeDriver driver) {
		this.driver = driver;
	}

	/** Starts the browser, or skips the test (fails it on CI) if there is none. */
	public static Browser start() {
		Optional<String> browser = found("CHROME_BIN", BROWSERS);
		Optional<String> driver = found("CHROMEDRIVER", DRIVERS);
		if (browser.isEmpty() || driver.isEmpty()) {
			String missing = "No headless browser here: install Debian's chromium and chromium-driver "
					+ "(apt-get install chromium chromium-driver), as .ci/run does";
			if ("true".equals(System.getenv("CI"))) {
				fail(missing);
			}
			assumeTrue(false, missing);
		}
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of(driver.get()).toFile())
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(browser.get());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
				"--window-size=1400,1500", "--lang=pt-BR", "--no-first-run", "--disable-extensions",
				"--disable-background-networking", "--disable-component-update", "--disable-sync");
		return new Browser(new ChromeDriver(service, options));
	}

	private static Optional<String> found(String variable, List<String> places) {
		String named = System.getenv(variable);
		if (named != null && Files.isExecutable(Path.of(named))) {
			return Optional.of(named);
		}
		return places.stream().filter((place) -> Files.isExecutable(Path.of(place))).findFirst();
	}

	public ChromeDriver driver() {
		return this.driver;
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
