package nl.bewonersplein.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import nl.bewonersplein.BewonerspleinApplication;
import nl.bewonersplein.FormRaces;
import nl.bewonersplein.Http;
import nl.bewonersplein.accounts.TestLogins;
import nl.bewonersplein.shared.Role;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark of the editor, run by {@code bench/editor}: what the editor's own assets
 * weigh as the article form loads them (plain and gzipped), and how long saving an
 * article takes through the whole stack (HTTP, security, form token, validation,
 * revision, readability, search index, commit), for a new article and for a change to one
 * with a body as long as the model page's. Starts the application (embedded H2 in the
 * working directory, demo content) in this JVM.
 */
public final class EditorBench {

	private static final Pattern ASSET = Pattern
		.compile("<(?:script[^>]*\\ssrc|link[^>]*rel=\"stylesheet\"[^>]*\\shref)=\"([^\"]+)\"");

	private static final String MODEL_PAGE = "toolkit-betrokken-buurten-online";

	private EditorBench() {
	}

	public static void main(String[] args) throws Exception {
		int runs = (args.length > 0) ? Integer.parseInt(args[0]) : 30;
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(BewonerspleinApplication.class)
			.run("--server.port=0", "--server.address=127.0.0.1", "--logging.level.root=WARN")) {
			int port = Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port"));
			Http editor = Http.withCookies(port);
			waitUntilReady(editor);
			if (editor.login(TestLogins.create(app, Role.EDITOR), TestLogins.PASSWORD).statusCode() != 302) {
				throw new IllegalStateException("could not log in");
			}
			weigh(editor);
			String body = app.getBean(JdbcTemplate.class)
				.queryForObject("select body from article where slug = ?", String.class, MODEL_PAGE);
			System.out.printf("%nsaving an article (%d words in the body), %d measured saves after 5 warm-up saves%n",
					body.split("\\s+").length, runs);
			System.out.printf("%-28s %9s %9s %9s%n", "save", "median", "p90", "max");
			measureCreates(editor, body, runs);
			measureUpdates(editor, body, runs);
		}
	}

	private static void waitUntilReady(Http visitor) throws InterruptedException {
		for (int i = 0; i < 600; i++) {
			if (visitor.get("/").statusCode() == 200) {
				return;
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("the site did not become ready");
	}

	/** The editor's own assets on the article form (the site's shared ones excluded). */
	private static void weigh(Http editor) throws IOException {
		Set<String> form = assets(editor.get("/admin/artikelen/nieuw").body());
		form.removeAll(assets(editor.get("/admin").body()));
		System.out.printf("editor assets on /admin/artikelen/nieuw (beyond the admin's own)%n");
		System.out.printf("%-60s %9s %9s%n", "asset", "bytes", "gzipped");
		long plain = 0;
		long zipped = 0;
		for (String asset : form) {
			byte[] bytes = editor.getBytes(asset).body();
			int gz = gzip(bytes).length;
			System.out.printf("%-60s %9d %9d%n", asset, bytes.length, gz);
			plain += bytes.length;
			zipped += gz;
		}
		System.out.printf("%-60s %9d %9d%n", "total", plain, zipped);
	}

	private static Set<String> assets(String page) {
		Set<String> found = new LinkedHashSet<>();
		Matcher asset = ASSET.matcher(page);
		while (asset.find()) {
			found.add(asset.group(1).replace("&amp;", "&"));
		}
		return found;
	}

	private static void measureCreates(Http editor, String body, int runs) {
		List<Long> times = new ArrayList<>();
		for (int i = 0; i < runs + 5; i++) {
			Map<String, String> form = new HashMap<>(
					FormRaces.hiddenFields(editor.get(ArticleEditing.BASE + "/nieuw").body()));
			fill(form, "Meetartikel " + i + " over buren die elkaar vinden", body);
			long start = System.nanoTime();
			HttpResponse<String> saved = editor.post(ArticleEditing.BASE, form);
			long took = System.nanoTime() - start;
			expectRedirect(saved);
			if (i >= 5) {
				times.add(took);
			}
		}
		print("new article", times);
	}

	private static void measureUpdates(Http editor, String body, int runs) {
		Map<String, String> first = new HashMap<>(
				FormRaces.hiddenFields(editor.get(ArticleEditing.BASE + "/nieuw").body()));
		fill(first, "Meetartikel dat steeds verandert", body);
		String location = expectRedirect(editor.post(ArticleEditing.BASE, first));
		String edit = location.substring(location.indexOf(ArticleEditing.BASE)).replaceAll("[?#].*", "");
		List<Long> times = new ArrayList<>();
		for (int i = 0; i < runs + 5; i++) {
			Map<String, String> form = new HashMap<>(FormRaces.hiddenFields(editor.get(edit).body()));
			fill(form, "Meetartikel dat steeds verandert", body + "\n\nAanvulling nummer " + i + ".");
			long start = System.nanoTime();
			HttpResponse<String> saved = editor.post(edit, form);
			long took = System.nanoTime() - start;
			expectRedirect(saved);
			if (i >= 5) {
				times.add(took);
			}
		}
		print("change to a long article", times);
	}

	private static void fill(Map<String, String> form, String title, String body) {
		form.put("kind", ArticleKind.KNOWLEDGE.name());
		form.put("title", title);
		form.put("summary", "Een artikel dat de meting maakt en weer verandert.");
		form.put("body", body);
	}

	private static String expectRedirect(HttpResponse<String> saved) {
		if (saved.statusCode() != 302) {
			throw new IllegalStateException("save answered " + saved.statusCode());
		}
		return saved.headers().firstValue("Location").orElseThrow();
	}

	private static void print(String what, List<Long> nanos) {
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		System.out.printf("%-28s %6.1f ms %6.1f ms %6.1f ms%n", what, sorted.get(sorted.size() / 2) / 1e6,
				sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1) / 1e6, sorted.get(sorted.size() - 1) / 1e6);
	}

	private static byte[] gzip(byte[] plain) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
			zip.write(plain);
		}
		return out.toByteArray();
	}

}
