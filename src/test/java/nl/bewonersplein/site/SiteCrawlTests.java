package nl.bewonersplein.site;

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
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Follows every internal link from the home page: none may be broken. Writes each HTML
 * page to {@code target/site-crawl} so that CI can run the Nu Html Checker over the whole
 * site.
 */
@SiteTest
class SiteCrawlTests {

	private static final Pattern LINK = Pattern.compile("(?:href|src)=\"(/[^\"#]*)\"");

	/** Forms that are read with GET (search, filters); POST forms are not links. */
	private static final Pattern GET_FORM = Pattern.compile("<form(?=[^>]*method=\"get\")[^>]*action=\"(/[^\"#]*)\"",
			Pattern.CASE_INSENSITIVE);

	private static final Path OUT = Path.of("target", "site-crawl");

	@LocalServerPort
	int port;

	@Test
	void everyInternalLinkWorksAndEveryPageIsSaved() throws IOException {
		Http http = new Http(this.port);
		Set<String> seen = new LinkedHashSet<>();
		Map<String, Integer> broken = new LinkedHashMap<>();
		Deque<String> queue = new ArrayDeque<>();
		queue.add("/");
		queue.add("/zoeken?q=buurt");
		Files.createDirectories(OUT);
		int saved = 0;
		while (!queue.isEmpty() && seen.size() < 2000) {
			String path = queue.poll().replace("&amp;", "&");
			if (!seen.add(path) || path.startsWith("/actuator")) {
				continue;
			}
			HttpResponse<String> response = http.get(path);
			String redirect = response.headers()
				.firstValue("Location")
				.orElse("")
				.replaceFirst("^https?://localhost:" + this.port, "");
			if ((response.statusCode() == 301 || response.statusCode() == 302 || response.statusCode() == 303)
					&& redirect.startsWith("/")) {
				// A link that leads on to another page of ours (e.g. the toolkit's order
				// link): follow it.
				queue.add(redirect);
				continue;
			}
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
			Matcher forms = GET_FORM.matcher(response.body());
			while (forms.find()) {
				queue.add(forms.group(1));
			}
		}
		HttpResponse<String> missing = http.get("/deze-pagina-bestaat-niet");
		Files.writeString(OUT.resolve("error-404.html"), missing.body(), StandardCharsets.UTF_8);

		assertThat(broken).as("broken internal links").isEmpty();
		assertThat(saved).as("pages crawled").isGreaterThanOrEqualTo(10);
	}

	private static String fileName(String path) {
		String name = path.equals("/") ? "index" : path.substring(1).replaceAll("[^A-Za-z0-9-]", "_");
		return name + ".html";
	}

}
