package nl.bewonersplein.site;

import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The public address of the site, for everything that leaves the page as an absolute
 * link: canonical links, feeds, the sitemap, share links, e-mails and printed QR codes.
 * <p>
 * A configured {@code bewonersplein.network.site-url} always wins. Without one, the
 * address is the one the current request came in on: scheme, host and port as the browser
 * used them (behind a trusted proxy the forwarded ones, which Tomcat's
 * {@code RemoteIpValve} puts in the request, see
 * {@code server.forward-headers-strategy}). Outside a request (jobs, mails sent later) it
 * is the address the last request came in on, else {@code http://localhost:<port>}.
 */
@Component
public class SiteAddress {

	private final String configured;

	private final AtomicReference<String> lastSeen = new AtomicReference<>();

	private volatile int port;

	/**
	 * @param configured the configured address, empty for "the one requests come in on"
	 * @param port the server's port, until the web server says which one it got
	 */
	public SiteAddress(@Value("${bewonersplein.network.site-url:}") String configured,
			@Value("${server.port:8080}") int port) {
		this.configured = strip(configured.strip());
		this.port = port;
	}

	/** The base address without a trailing slash, e.g. {@code https://example.org}. */
	public String base() {
		if (!this.configured.isEmpty()) {
			return this.configured;
		}
		HttpServletRequest request = currentRequest();
		if (request != null) {
			String base = fromRequest(request);
			this.lastSeen.set(base);
			return base;
		}
		String last = this.lastSeen.get();
		return (last != null) ? last : "http://localhost:" + this.port;
	}

	/**
	 * The absolute address of a path on this site; a value that already is an absolute
	 * {@code http(s)} address (or {@code null}) is returned as it is.
	 */
	public String absolute(String path) {
		if (path == null || path.startsWith("http://") || path.startsWith("https://")) {
			return path;
		}
		return base() + (path.startsWith("/") ? path : "/" + path);
	}

	/** The host name of the site, e.g. for message ids. */
	public String host() {
		String host = java.net.URI.create(base()).getHost();
		return (host != null) ? host : "localhost";
	}

	@EventListener
	void onWebServer(WebServerInitializedEvent event) {
		if (event.getWebServer().getPort() > 0) {
			this.port = event.getWebServer().getPort();
		}
	}

	static String fromRequest(HttpServletRequest request) {
		String scheme = request.getScheme();
		int port = request.getServerPort();
		boolean defaultPort = port <= 0 || ("http".equals(scheme) && port == 80)
				|| ("https".equals(scheme) && port == 443);
		String host = request.getServerName();
		if (host.contains(":") && !host.startsWith("[")) {
			host = "[" + host + "]";
		}
		return scheme + "://" + host + (defaultPort ? "" : ":" + port) + strip(request.getContextPath());
	}

	private static HttpServletRequest currentRequest() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		return (attributes instanceof ServletRequestAttributes servlet) ? servlet.getRequest() : null;
	}

	private static String strip(String url) {
		return url.replaceAll("/+$", "");
	}

}
