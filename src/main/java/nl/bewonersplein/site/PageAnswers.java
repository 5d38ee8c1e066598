package nl.bewonersplein.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * How {@link CachedPages} answers with a kept page: its headers again, 304 for a matching
 * condition, the compressed bytes for a visitor who accepts them.
 */
final class PageAnswers {

	private PageAnswers() {
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
