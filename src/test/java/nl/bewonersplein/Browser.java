package nl.bewonersplein;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.TimeoutError;
import nl.bewonersplein.accounts.TestLogins;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The browser harness: one headless Chromium for the whole test run, driven by
 * Playwright, plus an axe-core check. Uses the system Chromium ({@code -Dchromium.path});
 * the browser tests are skipped, with that reason, where it is missing, except on CI
 * where they fail.
 */
public final class Browser {

	private static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private static Playwright playwright;

	private static com.microsoft.playwright.Browser chromium;

	private static String axeSource;

	private Browser() {
	}

	/**
	 * A fresh browser context (cookies, storage) in Dutch, as a visitor opens the site:
	 * each one its own visitor with its own client address (sent as
	 * {@code X-Forwarded-For}, trusted from loopback, as {@link Http} does), so the
	 * per-IP limits on logins and forms count each visitor alone and not the whole test
	 * suite.
	 */
	public static synchronized BrowserContext newContext() {
		if (chromium == null) {
			start();
		}
		java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
		String address = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
		return chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("nl-NL")
			.setViewportSize(1280, 900)
			.setExtraHTTPHeaders(Map.of("X-Forwarded-For", address)));
	}

	/**
	 * Logs in through the login form at {@code loginAddress} (the full address of
	 * {@code /inloggen}) as an account made by {@link TestLogins}, and returns once the
	 * browser has left the login page.
	 */
	public static void logIn(Page page, String loginAddress, String email) {
		page.navigate(loginAddress);
		submitLogin(page, email);
	}

	/**
	 * Fills in and sends the login form the page shows now (e.g. after the session
	 * expired) for an account made by {@link TestLogins}; returns once the browser has
	 * left the login page, and fails with what the page said if it stays there.
	 */
	public static void submitLogin(Page page, String email) {
		page.getByLabel("E-mailadres").fill(email);
		page.locator("#wachtwoord").fill(TestLogins.PASSWORD);
		page.locator("main form[action='/inloggen'] button[type=submit]").click();
		try {
			page.waitForURL((address) -> !address.contains("/inloggen"));
		}
		catch (TimeoutError ex) {
			throw new AssertionError("Logging in as " + email + " failed: " + page.locator("main").innerText(), ex);
		}
	}

	private static void start() {
		Path executable = Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"));
		boolean present = Files.isExecutable(executable);
		if (!present && System.getenv("CI") != null) {
			throw new IllegalStateException("Chromium not found at " + executable + "; CI must install it");
		}
		assumeTrue(present,
				"Browser tests need Chromium at " + executable + " (apt-get install chromium, or -Dchromium.path=...)");
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		chromium = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(executable)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
						"--disable-background-networking", "--disable-component-update", "--disable-sync",
						"--no-first-run", "--disable-quic")));
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			chromium.close();
			playwright.close();
		}));
	}

	/**
	 * Waits until the JavaScript {@code expression} is true on the page, asking again
	 * every 50 ms for at most 15 s. Unlike {@code Page.waitForFunction}, whose polling
	 * evaluates the expression with {@code eval} inside the page, this works under the
	 * site's Content-Security-Policy ({@code script-src 'self'}).
	 */
	public static void waitUntil(Page page, String expression) {
		long deadline = System.nanoTime() + 15_000_000_000L;
		while (!Boolean.TRUE.equals(page.evaluate(expression))) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("still not true after 15 s on " + page.url() + ": " + expression);
			}
			page.waitForTimeout(50);
		}
	}

	/**
	 * The axe-core violations (WCAG 2.2 A and AA tags) on the page as it is now, one line
	 * each.
	 */
	public static List<String> axeViolations(Page page) {
		page.evaluate(axe());
		String json = (String) page.evaluate("async (tags) => JSON.stringify((await axe.run(document, "
				+ "{ runOnly: { type: 'tag', values: tags } })).violations.map(v => v.id + ': ' + v.help + ' @ '"
				+ " + v.nodes.map(n => n.target.join(' ')).join(', ')))", AXE_TAGS);
		List<String> violations = new ArrayList<>();
		for (String item : json.replaceAll("^\\[|\\]$", "").split("\",\"")) {
			if (!item.isBlank()) {
				violations.add(item.replace("\"", ""));
			}
		}
		return violations;
	}

	private static synchronized String axe() {
		if (axeSource == null) {
			try (InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
				if (in == null) {
					throw new IllegalStateException("axe.min.js is not on the test classpath");
				}
				axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return axeSource;
	}

}
