package nl.bewonersplein.content;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.bewonersplein.FormRaces;
import nl.bewonersplein.Http;
import nl.bewonersplein.SiteTest;
import nl.bewonersplein.accounts.TestLogins;
import nl.bewonersplein.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A double click or ten impatient posts of one filled-in form create one article, and a
 * race for the same address between two editors answers with the form kept (issue 8 #1).
 */
@SiteTest
class DoubleSubmitTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext app;

	@Autowired
	JdbcTemplate jdbc;

	Http editor;

	@BeforeEach
	void logIn() {
		this.editor = Http.withCookies(this.port);
		assertThat(this.editor.login(TestLogins.create(this.app, Role.EDITOR), TestLogins.PASSWORD).statusCode())
			.isEqualTo(302);
	}

	@Test
	void tenPostsOfOneFormMakeOneArticleAndAllLeadToIt() {
		String slug = "dubbel-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, String> form = filledIn(slug, "Tien keer op opslaan geklikt");
		assertThat(form).containsKey("formToken");

		List<HttpResponse<String>> answers = FormRaces.atOnce(10, () -> this.editor.post("/admin/artikelen", form));

		assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(302);
		assertThat(answers).extracting((answer) -> answer.headers().firstValue("Location").orElse(""))
			.containsOnly(answers.get(0).headers().firstValue("Location").orElseThrow());
		assertThat(this.jdbc.queryForObject("select count(*) from article where slug = ?", Integer.class, slug))
			.isEqualTo(1);

		// Back, then save again: still the one article.
		HttpResponse<String> again = this.editor.post("/admin/artikelen", form);
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(again.headers().firstValue("Location")).isEqualTo(answers.get(0).headers().firstValue("Location"));
		assertThat(this.jdbc.queryForObject("select count(*) from article where slug = ?", Integer.class, slug))
			.isEqualTo(1);
	}

	@ParameterizedTest
	@CsvSource({ "/admin/paginas/nieuw, /admin/paginas, static_page, slug",
			"/admin/themas/nieuw, /admin/themas, theme, slug",
			"/admin/organisaties/nieuw, /admin/organisaties, supporter, name",
			"/admin/toolkits/nieuw, /admin/toolkits, toolkit, title" })
	void everyCreateFormInTheAdminIsIdempotent(String page, String action, String table, String column) {
		String key = "dubbel-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, String> form = new HashMap<>(FormRaces.hiddenFields(this.editor.get(page).body()));
		assertThat(form).containsKey("formToken");
		form.putAll(Map.of("slug", key, "title", key, "summary", "Kort.", "body", "Tekst.", "position", "50", "name",
				key, "url", "https://voorbeeld.nl", "role", "PARTNER"));
		form.putAll(Map.of("subtitle", "Een ondertitel", "intro", "Een inleiding.", "howItWorks", "Zo werkt het."));

		List<HttpResponse<String>> answers = FormRaces.atOnce(10, () -> this.editor.post(action, form));

		assertThat(answers).extracting(HttpResponse::statusCode).as(action).containsOnly(302);
		assertThat(answers).extracting((answer) -> answer.headers().firstValue("Location").orElse(""))
			.containsOnly(answers.get(0).headers().firstValue("Location").orElseThrow());
		assertThat(this.jdbc.queryForObject("select count(*) from " + table + " where " + column + " = ?",
				Integer.class, key))
			.isEqualTo(1);
	}

	@Test
	void editorsRacingForOneAddressGetTheirFormBackNeverAnError() {
		String slug = "race-" + UUID.randomUUID().toString().substring(0, 8);
		List<Map<String, String>> forms = new java.util.ArrayList<>();
		for (int i = 0; i < 10; i++) {
			forms.add(filledIn(slug, "Mijn eigen titel " + i));
		}
		java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();

		List<HttpResponse<String>> answers = FormRaces.atOnce(10,
				() -> this.editor.post("/admin/artikelen", forms.get(next.getAndIncrement())));

		assertThat(answers).extracting(HttpResponse::statusCode).allMatch((status) -> status < 500);
		assertThat(answers).filteredOn((answer) -> answer.statusCode() == 302).hasSize(1);
		assertThat(answers).filteredOn((answer) -> answer.statusCode() != 302).allSatisfy((answer) -> {
			assertThat(answer.statusCode()).isIn(409, 422);
			assertThat(answer.body()).contains("Mijn eigen titel").contains("value=\"" + slug + "\"");
		});
		assertThat(this.jdbc.queryForObject("select count(*) from article where slug = ?", Integer.class, slug))
			.isEqualTo(1);
	}

	private Map<String, String> filledIn(String slug, String title) {
		Map<String, String> form = new HashMap<>(
				FormRaces.hiddenFields(this.editor.get("/admin/artikelen/nieuw").body()));
		form.put("kind", "NEWS");
		form.put("slug", slug);
		form.put("title", title);
		form.put("summary", "Een korte inleiding.");
		form.put("body", "Een tekst.");
		return form;
	}

}
