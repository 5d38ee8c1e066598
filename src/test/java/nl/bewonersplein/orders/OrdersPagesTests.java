package nl.bewonersplein.orders;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import nl.bewonersplein.Http;
import nl.bewonersplein.SiteTest;
import nl.bewonersplein.mail.MailCatcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public order pages: the list, the links from the toolkit and the model page, the
 * order form with its Dutch messages, the confirmation page and the confirmation mail.
 */
@SiteTest
class OrdersPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	Materials materials;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	Material material;

	@AfterEach
	void removeOurs() {
		if (this.material != null) {
			OrderFixtures.remove(this.jdbc, this.material);
		}
	}

	@Test
	void theListShowsTheDemoMaterialsAndTheToolkitAndModelPageLeadToTheirMaterial() {
		Http http = new Http(this.port);
		String list = http.get("/bestellen").body();
		assertThat(list).contains("Kaarten met een gedicht van Justin Samgar", "Poster: Koffie met de buren",
				"Toolkit Betrokken Buurten, gedrukt", "stapeltje van 5 kaarten");
		assertThat(http.get("/").body()).contains("href=\"/bestellen\"");

		assertThat(http.get("/toolkit/betrokken-buurten").body())
			.contains("href=\"/bestellen/toolkit/betrokken-buurten\"");
		HttpResponse<String> toMaterial = http.get("/bestellen/toolkit/betrokken-buurten");
		assertThat(toMaterial.statusCode()).isEqualTo(302);
		assertThat(toMaterial.headers().firstValue("Location").orElseThrow())
			.endsWith("/bestellen/" + OrderDemo.TOOLKIT);
		assertThat(http.get("/bestellen/toolkit/bestaat-niet").headers().firstValue("Location").orElseThrow())
			.endsWith("/bestellen");

		assertThat(http.get("/nieuws/toolkit-betrokken-buurten-online").body())
			.contains("href=\"/bestellen/" + OrderDemo.POSTCARDS + "\"");
		assertThat(http.get("/bestellen/" + OrderDemo.POSTCARDS).body()).contains("Justin Samgar")
			.contains("name=\"formToken\"");
		assertThat(http.get("/bestellen/bestaat-niet").statusCode()).isEqualTo(404);
	}

	@Test
	void anOrderWithAPostcodeInLowerCaseIsConfirmedWithItsNumberAndMailed() {
		this.material = OrderFixtures.material(this.materials, 50, 10);
		String email = "ria-" + System.nanoTime() + "@buurt.example";
		OrderFixtures.Visitor visitor = OrderFixtures.Visitor.opening(this.port,
				OrderPaths.material(this.material.slug()));
		HttpResponse<String> placed = visitor.order(OrderFixtures.form(3, 12, email));
		assertThat(placed.statusCode()).isBetween(302, 303);
		String confirmation = OrderFixtures.location(placed);
		assertThat(confirmation).contains("/bestellen/bevestiging/");

		// A resubmit after Back: the same confirmation, still one order.
		assertThat(OrderFixtures.location(visitor.order(OrderFixtures.form(3, 12, email)))).isEqualTo(confirmation);

		String page = visitor.http().get(confirmation).body();
		long id = this.jdbc.queryForObject("select id from material_order where material_id = ?", Long.class,
				this.material.id());
		assertThat(page).contains(OrderPlacement.number(id), "1234 AB  ERGENSHUIZEN", "Lindelaan 12",
				"Levering in december", email);
		assertThat(this.jdbc.queryForObject("select postcode from material_order where id = ?", String.class, id))
			.isEqualTo("1234 AB");
		assertThat(this.materials.byId(this.material.id()).orElseThrow().stock()).isEqualTo(47);
		// The confirmation as it leaves the site over SMTP (GreenMail): one mail, also
		// after
		// the resubmit, with the number and the address in both the text and the HTML
		// part.
		List<MimeMessage> mails = MailCatcher.deliver(this.context).to(email);
		assertThat(mails).singleElement().satisfies((mail) -> {
			assertThat(mail.getSubject()).isEqualTo("Je bestelling " + OrderPlacement.number(id) + " is ontvangen");
			MimeMultipart alternative = alternative((MimeMultipart) mail.getContent());
			assertThat(alternative.getBodyPart(0).getContent().toString()).contains(OrderPlacement.number(id),
					"3 × stapeltje van 5 kaarten", "1234 AB  ERGENSHUIZEN");
			assertThat(alternative.getBodyPart(1).getContent().toString()).contains(OrderPlacement.number(id),
					"Lindelaan 12");
		});
	}

	/** The text/plain and text/html pair inside a mixed/related message. */
	private static MimeMultipart alternative(MimeMultipart multipart) throws Exception {
		if (multipart.getContentType().startsWith("multipart/alternative")) {
			return multipart;
		}
		return alternative((MimeMultipart) multipart.getBodyPart(0).getContent());
	}

	@Test
	void aWrongFormIsShownAgainWithDutchMessagesNextToTheFieldsAndWhatWasTyped() {
		this.material = OrderFixtures.material(this.materials, 50, 5);
		OrderFixtures.Visitor visitor = OrderFixtures.Visitor.opening(this.port,
				OrderPaths.material(this.material.slug()));
		Map<String, String> form = OrderFixtures.form(9, 4, "");
		form.put("postcode", "1234 sa");
		form.put("toestemming", "");
		form.put("naam", "Henk van Gelder");
		HttpResponse<String> wrong = visitor.order(form);
		assertThat(wrong.statusCode()).isEqualTo(422);
		assertThat(wrong.body()).contains("Kies een aantal van 1 tot en met 5.",
				"Vul een Nederlandse postcode in, zoals 1234 AB.", "Vul een e-mailadres of een telefoonnummer in",
				"Zet een vinkje als je akkoord bent.", "value=\"Henk van Gelder\"", "value=\"1234 sa\"",
				"value=\"" + visitor.token() + "\"");
		assertThat(this.jdbc.queryForObject("select count(*) from material_order where material_id = ?", Integer.class,
				this.material.id()))
			.isZero();

		// A phone number instead of an e-mail address is enough; there is then no mail.
		form.put("aantal", "1");
		form.put("postcode", "1234AB");
		form.put("toestemming", "ja");
		form.put("telefoon", "06 1234 5678");
		HttpResponse<String> placed = visitor.order(form);
		assertThat(placed.statusCode()).isBetween(302, 303);
		assertThat(visitor.http().get(OrderFixtures.location(placed)).body()).contains("Je gaf geen e-mailadres");
	}

	@Test
	void botsAndRushesAreStoppedAndOneAddressOrdersOnlyTwiceAPeriod() {
		this.material = OrderFixtures.material(this.materials, 50, 5);
		String page = OrderPaths.material(this.material.slug());
		// The same address from three different visitors: the third gets a clear message.
		for (int i = 1; i <= 2; i++) {
			assertThat(OrderFixtures.Visitor.opening(this.port, page)
				.order(OrderFixtures.form(1, 99, "adres" + i + "@limiet.example"))
				.statusCode()).isBetween(302, 303);
		}
		HttpResponse<String> third = OrderFixtures.Visitor.opening(this.port, page)
			.order(OrderFixtures.form(1, 99, "adres3@limiet.example"));
		assertThat(third.statusCode()).isEqualTo(422);
		assertThat(third.body()).contains("Op dit adres is dit materiaal de laatste tijd al vaak genoeg besteld");

		OrderFixtures.Visitor bot = OrderFixtures.Visitor.opening(this.port, page);
		Map<String, String> filled = OrderFixtures.form(1, 100, "bot@limiet.example");
		filled.put("website", "https://spam.example");
		assertThat(bot.order(filled).statusCode()).isEqualTo(400);

		OrderFixtures.Visitor rush = OrderFixtures.Visitor.opening(this.port, page);
		int last = 0;
		String body = "";
		for (int i = 0; i < 11; i++) {
			HttpResponse<String> answer = rush.order(OrderFixtures.form(9, 200 + i, ""));
			last = answer.statusCode();
			body = answer.body();
		}
		assertThat(last).isEqualTo(429);
		assertThat(body).contains("Even rustig aan");
		assertThat(this.jdbc.queryForObject("select count(*) from material_order where material_id = ?", Integer.class,
				this.material.id()))
			.isEqualTo(2);
	}

}
