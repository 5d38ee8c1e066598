package nl.bewonersplein;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client for tests that look at responses as a browser or crawler gets them.
 * Each instance acts as its own visitor: its own client address (sent as
 * {@code X-Forwarded-For}, which the app trusts from loopback, so per-IP limits do not
 * leak between tests) and, from {@link #withCookies}, its own cookies.
 */
public final class Http {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final HttpClient PLAIN = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final int port;

	private final HttpClient client;

	private final String address;

	public Http(int port) {
		this(port, PLAIN);
	}

	private Http(int port, HttpClient client) {
		this.port = port;
		this.client = client;
		ThreadLocalRandom random = ThreadLocalRandom.current();
		this.address = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
	}

	/** A visitor that keeps cookies (a session) between requests. */
	public static Http withCookies(int port) {
		return new Http(port,
				HttpClient.newBuilder()
					.followRedirects(HttpClient.Redirect.NEVER)
					.cookieHandler(new CookieManager())
					.build());
	}

	/** The client address this visitor appears to come from. */
	public String address() {
		return this.address;
	}

	public HttpResponse<String> get(String path, String... headers) {
		HttpRequest.Builder request = request(path, headers).GET();
		request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
		return send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<byte[]> getBytes(String path, String... headers) {
		return send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** Posts a form, url-encoded, as a browser does. */
	public HttpResponse<String> post(String path, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest request = request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return send(request, HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Posts a body that is already url-encoded, as it is (so it can hold what a browser
	 * would never send: invalid UTF-8, NUL bytes).
	 */
	public HttpResponse<String> postEncoded(String path, String encodedBody) {
		HttpRequest request = request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(encodedBody))
			.build();
		return send(request, HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * The CSRF token of the form on {@code formPage} (this visitor's session), or null.
	 */
	public String csrfToken(String formPage) {
		Matcher token = CSRF.matcher(get(formPage).body());
		return token.find() ? token.group(1) : null;
	}

	/** Opens the page with the form, then posts it with the form's CSRF token added. */
	public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
		HttpResponse<String> page = get(formPage);
		Matcher token = CSRF.matcher(page.body());
		if (!token.find()) {
			throw new IllegalStateException("no CSRF token on " + formPage + " (status " + page.statusCode() + ")");
		}
		Map<String, String> form = new LinkedHashMap<>(fields);
		form.put("_csrf", token.group(1));
		return post(action, form);
	}

	/** Logs in through the login form; returns the response to the form's POST. */
	public HttpResponse<String> login(String email, String password) {
		return submit("/inloggen", "/inloggen", Map.of("email", email, "wachtwoord", password));
	}

	public URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("X-Forwarded-For", this.address);
		for (int i = 0; i < headers.length; i += 2) {
			request.setHeader(headers[i], headers[i + 1]);
		}
		return request;
	}

	private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
		try {
			return this.client.send(request, handler);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
