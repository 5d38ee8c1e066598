package nl.bewonersplein.site;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class SiteWebConfigTests {

	@Test
	void browserLanguageIsUsedOnlyWhenWeSpeakIt() {
		assertThat(SiteWebConfig.fromBrowser(request(null))).isEqualTo(SiteWebConfig.NL);
		assertThat(SiteWebConfig.fromBrowser(request("en-US,en;q=0.9"))).isEqualTo(Locale.ENGLISH);
		assertThat(SiteWebConfig.fromBrowser(request("de-DE,en;q=0.5"))).isEqualTo(Locale.ENGLISH);
		assertThat(SiteWebConfig.fromBrowser(request("fr-FR"))).isEqualTo(SiteWebConfig.NL);
		assertThat(SiteWebConfig.fromBrowser(request("nl-BE,en;q=0.8"))).isEqualTo(SiteWebConfig.NL);
	}

	private static MockHttpServletRequest request(String acceptLanguage) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		if (acceptLanguage != null) {
			request.addHeader("Accept-Language", acceptLanguage);
		}
		return request;
	}

}
