package nl.bewonersplein.orders;

import java.net.http.HttpResponse;
import java.util.Map;

import nl.bewonersplein.Http;
import nl.bewonersplein.SiteTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
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
		assertThat(
				this.jdbc.queryForObject("select text_body from mail_outbox where recipient = ?", String.class, email))
			.contains(OrderPlacement.number(id), "3 × stapeltje van 5 kaarten", "1234 AB  ERGENSHUIZEN");
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

}
