package nl.bewonersplein.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import nl.bewonersplein.Http;
import nl.bewonersplein.SiteTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Absolute links use the configured address, else the one the request came in on.
 */
@SiteTest
class SiteAddressTests {

	@LocalServerPort
	int port;

	@Autowired
	SiteAddress address;

	@AfterEach
	void backToTheUsualAddress() {
		// Other tests expect the address requests normally come in on as the last one
		// seen.
		new Http(this.port).get("/");
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void pagesSitemapAndFeedsLinkToTheHostTheRequestCameInOn() throws IOException {
		assertThat(getWithHost("/nieuws", "example.org:9000"))
			.contains("<link rel=\"canonical\" href=\"http://example.org:9000/nieuws\">")
			.doesNotContain("localhost");
		assertThat(getWithHost("/sitemap.xml", "example.org:9000")).contains("<loc>http://example.org:9000/</loc>",
				"<loc>http://example.org:9000/nieuws</loc>");
		assertThat(getWithHost("/robots.txt", "example.org:9000"))
			.contains("Sitemap: http://example.org:9000/sitemap.xml");
		assertThat(getWithHost("/nieuws/feed.atom", "example.org:9000")).contains("http://example.org:9000/nieuws/")
			.doesNotContain("localhost");
	}

	@Test
	void behindAProxyTheForwardedSchemeAndHostCount() {
		String page = new Http(this.port)
			.get("/nieuws", "X-Forwarded-Proto", "https", "X-Forwarded-Host", "buurt.example")
			.body();
		assertThat(page).contains("<link rel=\"canonical\" href=\"https://buurt.example/nieuws\">");
	}

	@Test
	void aConfiguredAddressWinsOverTheRequest() {
		SiteAddress configured = new SiteAddress("https://www.bewonersplein.example/", 8080);
		inRequest("http", "example.org", 9000);
		assertThat(configured.base()).isEqualTo("https://www.bewonersplein.example");
		assertThat(configured.absolute("/toolkit/x")).isEqualTo("https://www.bewonersplein.example/toolkit/x");
		assertThat(configured.absolute("https://elders.example/a")).isEqualTo("https://elders.example/a");
		assertThat(configured.host()).isEqualTo("www.bewonersplein.example");
	}

	@Test
	void outsideARequestTheLastAddressSeenElseLocalhost() {
		SiteAddress unconfigured = new SiteAddress("", 8123);
		assertThat(unconfigured.base()).isEqualTo("http://localhost:8123");
		inRequest("https", "buurt.example", 443);
		assertThat(unconfigured.absolute("/kennis")).isEqualTo("https://buurt.example/kennis");
		RequestContextHolder.resetRequestAttributes();
		assertThat(unconfigured.base()).isEqualTo("https://buurt.example");
	}

	private static void inRequest(String scheme, String host, int port) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setScheme(scheme);
		request.setServerName(host);
		request.setServerPort(port);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}

	/**
	 * A GET with a Host header of our choice, which Java's HTTP client does not allow.
	 */
	private String getWithHost(String path, String host) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + path + " HTTP/1.0\r\nHost: " + host + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			assertThat(response).as(path).startsWith("HTTP/1.1 200");
			return response;
		}
	}

}
