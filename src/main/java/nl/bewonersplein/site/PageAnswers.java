package nl.bewonersplein.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Enumeration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * How {@link CachedPages} keeps a rendered page (only what is the same for everybody) and
 * answers with it: its headers again, 304 for a matching condition, the compressed bytes
 * for a visitor who accepts them.
 */
final class PageAnswers {

	private static final List<String> CACHED_TYPES = List.of("text/html", "application/rss+xml", "application/atom+xml",
			"application/xml", "text/xml", "text/calendar", "text/plain");

	/** Headers of a rendered page that are not sent again as they were. */
	private static final Set<String> NOT_REPLAYED = Set.of("content-type", "content-length", "content-encoding",
			"transfer-encoding", "etag", "vary", "date", "set-cookie", "connection", "keep-alive");

	private static final int MAX_BODY = 1024 * 1024;

	private PageAnswers() {
	}

	/**
	 * Whether a rendered page is the same for every anonymous visitor: a full 200 answer
	 * of a page type, no cookie set (a session, the language), no token rendered into it,
	 * not marked private.
	 */
	static boolean keep(HttpServletRequest request, ContentCachingResponseWrapper rendered) {
		if (rendered.getStatus() != 200 || !PageCache.storable(request) || rendered.getContentSize() > MAX_BODY
				|| rendered.containsHeader("Set-Cookie") || rendered.containsHeader("Content-Encoding")) {
			return false;
		}
		String cacheControl = rendered.getHeader("Cache-Control");
		if (cacheControl != null && (cacheControl.contains("no-store") || cacheControl.contains("private"))) {
			return false;
		}
		String type = rendered.getContentType();
		return type != null && CACHED_TYPES.stream().anyMatch(type::startsWith);
	}

	static PageCache.Page page(ContentCachingResponseWrapper rendered, HttpServletResponse response, long version,
			Instant now) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : response.getHeaderNames()) {
			if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
				headers.put(name, new ArrayList<>(response.getHeaders(name)));
			}
		}
		byte[] plain = rendered.getContentAsByteArray();
		String etag = response.getHeader("ETag");
		if (etag == null) {
			etag = "W/\"" + Integer.toHexString(java.util.Arrays.hashCode(plain)) + "\"";
		}
		return new PageCache.Page(version, now, rendered.getContentType(), response.getLocale(), Map.copyOf(headers),
				etag, plain, gzip(plain));
	}

	static void answer(HttpServletRequest request, HttpServletResponse response, PageCache.Page page)
			throws IOException {
		page.headers().forEach((name, values) -> {
			response.setHeader(name, null);
			values.forEach((value) -> response.addHeader(name, value));
		});
		response.setHeader("ETag", page.etag());
		response.setHeader("Vary", "Accept-Encoding, Accept-Language");
		if (notModified(request, page)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(page.contentType());
		response.setLocale(page.locale());
		boolean gzip = acceptsGzip(request);
		byte[] body = gzip ? page.gzipped() : page.plain();
		if (gzip) {
			response.setHeader("Content-Encoding", "gzip");
		}
		response.setContentLength(body.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(body);
		}
	}

	private static boolean notModified(HttpServletRequest request, PageCache.Page page) {
		String ifNoneMatch = request.getHeader("If-None-Match");
		if (ifNoneMatch != null) {
			return matches(ifNoneMatch, page.etag());
		}
		List<String> lastModified = page.headers().get("Last-Modified");
		long since = request.getDateHeader("If-Modified-Since");
		if (since < 0 || lastModified == null || lastModified.isEmpty()) {
			return false;
		}
		try {
			long modified = ZonedDateTime.parse(lastModified.get(0), DateTimeFormatter.RFC_1123_DATE_TIME)
				.toInstant()
				.toEpochMilli();
			return modified / 1000 <= since / 1000;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

	static boolean matches(String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		String wanted = opaque(etag);
		for (String tag : ifNoneMatch.split(",")) {
			String candidate = tag.trim();
			if ("*".equals(candidate) || opaque(candidate).equals(wanted)) {
				return true;
			}
		}
		return false;
	}

	private static String opaque(String etag) {
		return etag.startsWith("W/") ? etag.substring(2) : etag;
	}

	static boolean acceptsGzip(HttpServletRequest request) {
		Enumeration<String> values = request.getHeaders("Accept-Encoding");
		for (String value : (values != null) ? Collections.list(values) : List.<String>of()) {
			for (String coding : value.split(",")) {
				String[] parts = coding.trim().split(";");
				if (parts[0].trim().equalsIgnoreCase("gzip")) {
					return !(parts.length > 1 && parts[1].trim().matches("q=0(\\.0*)?"));
				}
			}
		}
		return false;
	}

	static byte[] gzip(byte[] plain) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 3 + 64);
		try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
			zip.write(plain);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
