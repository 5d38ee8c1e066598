package nl.bewonersplein.orders;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.bewonersplein.Http;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Materials of the tests' own (so demo data stays as it is) and visitors that order them.
 */
final class OrderFixtures {

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");

	private OrderFixtures() {
	}

	static Material material(Materials materials, int stock, int maxPerOrder) {
		String slug = "test-" + System.nanoTime() + "-" + COUNTER.incrementAndGet();
		long id = materials.add(
				new Material(0, slug, "Testkaarten " + slug, "Kaarten voor een test.", null, null,
						"stapeltje van 5 kaarten", stock, maxPerOrder, 0, "Levering in december", null, true, null),
				99);
		return materials.byId(id).orElseThrow();
	}

	static void remove(JdbcTemplate jdbc, Material material) {
		jdbc.update("delete from order_stock_notice where material_id = ?", material.id());
		jdbc.update("delete from order_stock_change where material_id = ?", material.id());
		jdbc.update("delete from material_order where material_id = ?", material.id());
		jdbc.update("delete from order_material where id = ?", material.id());
	}

	/** The path a redirect leads to. */
	static String location(HttpResponse<?> response) {
		return java.net.URI.create(response.headers().firstValue("Location").orElseThrow()).getPath();
	}

	/** A filled-in order form for a unique address (house number {@code n}). */
	static Map<String, String> form(int quantity, int houseNumber, String email) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("aantal", Integer.toString(quantity));
		form.put("naam", "Ria de Buur");
		form.put("initiatief", "");
		form.put("postcode", "1234ab");
		form.put("huisnummer", Integer.toString(houseNumber));
		form.put("toevoeging", "");
		form.put("straat", "Lindelaan");
		form.put("plaats", "Ergenshuizen");
		form.put("email", email);
		form.put("telefoon", "");
		form.put("toestemming", "ja");
		return form;
	}

	/**
	 * A visitor who opened the material's page: posts carry that page's CSRF and form
	 * token.
	 */
	record Visitor(Http http, String page, String csrf, String token) {

		static Visitor opening(int port, String page) {
			Http http = Http.withCookies(port);
			String body = http.get(page).body();
			return new Visitor(http, page, find(CSRF, body), find(TOKEN, body));
		}

		HttpResponse<String> order(Map<String, String> fields) {
			Map<String, String> form = new LinkedHashMap<>(fields);
			form.put("_csrf", this.csrf);
			form.put("formToken", this.token);
			return this.http.post(this.page, form);
		}

		private static String find(Pattern pattern, String body) {
			Matcher matcher = pattern.matcher(body);
			if (!matcher.find()) {
				throw new IllegalStateException("not on the page: " + pattern);
			}
			return matcher.group(1);
		}

	}

}
