package nl.bewonersplein.site;

import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every parameter reaches the application without NUL bytes, however it is read (the
 * whole application is fuzzed with them in {@link FuzzTests}, also on PostgreSQL).
 */
class NulBytesTests {

	@Test
	void parametersArriveWithoutNulBytesHoweverTheyAreRead() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/admin/artikelen");
		request.addParameter("title", "Soep\u0000 op de stoep");
		request.addParameter("themes", "zorg\u0000", "\u0000");
		request.addParameter("plain", "gewoon");
		AtomicReference<HttpServletRequest> seen = new AtomicReference<>();

		new NulBytes().doFilter(request, new MockHttpServletResponse(),
				(req, res) -> seen.set((HttpServletRequest) req));

		HttpServletRequest cleaned = seen.get();
		assertThat(cleaned.getParameter("title")).isEqualTo("Soep op de stoep");
		assertThat(cleaned.getParameterValues("themes")).containsExactly("zorg", "");
		assertThat(cleaned.getParameterMap().get("title")).containsExactly("Soep op de stoep");
		assertThat(cleaned.getParameter("plain")).isEqualTo("gewoon");
		assertThat(cleaned.getParameter("missing")).isNull();
		assertThat(cleaned.getParameterValues("missing")).isNull();
	}

}
