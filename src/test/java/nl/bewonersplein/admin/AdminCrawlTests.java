package nl.bewonersplein.admin;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.bewonersplein.Http;
import nl.bewonersplein.SiteTest;
import nl.bewonersplein.accounts.TestLogins;
import nl.bewonersplein.shared.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Follows every link inside the admin, logged in as an admin: none may be broken or fail.
 * Writes each HTML page to {@code target/site-crawl/admin}, where CI's Nu Html Checker
 * checks it with the public pages.
 */
@SiteTest
class AdminCrawlTests {

	private static final Pattern LINK = Pattern.compile("(?:href|src)=\"(/admin[^\"#]*)\"");

	private static final Path OUT = Path.of("target", "site-crawl", "admin");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void everyAdminPageWorksAndIsSaved() throws IOException {
		Http admin = Http.withCookies(this.port);
		String email = TestLogins.create(this.context, Role.ADMIN);
		assertThat(admin.login(email, TestLogins.PASSWORD).statusCode()).isEqualTo(302);
		Set<String> seen = new LinkedHashSet<>();
		Map<String, Integer> broken = new LinkedHashMap<>();
		Deque<String> queue = new ArrayDeque<>();
		queue.add("/admin");
		Files.createDirectories(OUT);
		int saved = 0;
		while (!queue.isEmpty() && seen.size() < 1000) {
			String path = queue.poll().replace("&amp;", "&");
			if (!seen.add(path)) {
				continue;
			}
			HttpResponse<String> response = admin.get(path);
			if (response.statusCode() != 200) {
				broken.put(path, response.statusCode());
				continue;
			}
			if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
				continue;
			}
			Files.writeString(OUT.resolve(fileName(path)), response.body(), StandardCharsets.UTF_8);
			saved++;
			Matcher links = LINK.matcher(response.body());
			while (links.find()) {
				queue.add(links.group(1));
			}
		}
		assertThat(broken).as("broken or failing admin links").isEmpty();
		assertThat(saved).as("admin pages crawled").isGreaterThanOrEqualTo(20);
	}

	private static String fileName(String path) {
		return path.substring(1).replaceAll("[^A-Za-z0-9-]", "_") + ".html";
	}

}
