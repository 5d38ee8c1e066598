package nl.bewonersplein.site;

import nl.bewonersplein.Http;
import nl.bewonersplein.SiteTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 9, defect 7: every list's page number is checked once, in {@link Paging}. */
@SiteTest
class PagingTests {

	@LocalServerPort
	int port;

	@Test
	void anyValueGivesAnAllowedPage() {
		assertThat(Paging.parse(null).number()).isEqualTo(1);
		assertThat(Paging.parse("3").number()).isEqualTo(3);
		assertThat(Paging.parse(" 3 ").number()).isEqualTo(3);
		assertThat(Paging.parse("0").number()).isEqualTo(1);
		assertThat(Paging.parse("-2147483648").number()).isEqualTo(1);
		assertThat(Paging.parse("2147483648").number()).isEqualTo(Paging.MAX_PAGE);
		assertThat(Paging.parse("999999999999999999999999").number()).isEqualTo(1);
		assertThat(Paging.parse("abc").number()).isEqualTo(1);
		assertThat(Paging.parse("1\u0000").number()).isEqualTo(1);
		assertThat(Paging.parse(String.valueOf(Paging.MAX_PAGE)).offset(Integer.MAX_VALUE)).isPositive();
	}

	@Test
	void noListAnswers500ForItsPageNumber() {
		Http http = new Http(this.port);
		for (String list : new String[] { "/nieuws", "/zoeken?q=buurt&", "/leden" }) {
			String separator = list.endsWith("&") ? "" : "?";
			for (String page : new String[] { "-2147483648", "2147483647", "-1", "0", "99999999999999999999", "abc",
					"%00", "%C3%28" }) {
				String path = list + separator + "pagina=" + page;
				// Clamped to a page; only bytes that are not UTF-8 are refused, by the
				// server, as 400.
				assertThat(http.get(path).statusCode()).as(path).isEqualTo(page.equals("%C3%28") ? 400 : 200);
			}
		}
	}

}
