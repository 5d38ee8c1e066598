package nl.bewonersplein.orders;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coordinators and editors create and edit materials through the shared edit flow
 * ({@code /admin/materialen}): revisions and the audit log, 422 with the form kept, 409
 * for a stale edit, one material for ten posts of one form, the stock untouched by a
 * save, and the site search finding the change at once.
 */
@SiteTest
class MaterialEditTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext app;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Materials materials;

	@AfterEach
	void removeOurs() {
		for (Long id : this.jdbc.queryForList("select id from order_material where slug like 'bewerkt-%'",
				Long.class)) {
			this.jdbc.update("delete from editorial_revision where kind = 'material' and item_id = ?", id);
			OrderFixtures.remove(this.jdbc, this.materials.byId(id).orElseThrow());
		}
	}

	Http login(Role role) {
		Http http = Http.withCookies(this.port);
		assertThat(http.login(TestLogins.create(this.app, role), TestLogins.PASSWORD).statusCode()).isEqualTo(302);
		return http;
	}

	Map<String, String> newForm(Http http, String slug, String word) {
		HttpResponse<String> page = http.get("/admin/materialen/nieuw");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("data-body-editor").contains("image-field");
		Map<String, String> form = new HashMap<>(FormRaces.hiddenFields(page.body()));
		form.putAll(Map.of("name", "Buurtposter " + word, "slug", slug, "description",
				"Een poster met **" + word + "** erop.\n\nVoor in het raam.", "unit", "1 poster", "stock", "40",
				"maxPerOrder", "3", "price", "0", "deliveryText", "Levering binnen twee weken", "deliveryDate",
				"15-12-2026", "position", "60"));
		form.put("open", "true");
		form.put("imagePath", "");
		form.put("imageAlt", "");
		form.put("toolkitSlug", "");
		return form;
	}

	long idOf(String slug) {
		return this.jdbc.queryForObject("select id from order_material where slug = ?", Long.class, slug);
	}

	@Test
	void anEditorCreatesAMaterialThatCanBeOrderedAndFoundAtOnce() {
		Http editor = login(Role.EDITOR);
		String word = "zonnebloemveld" + UUID.randomUUID().toString().substring(0, 4).replaceAll("[0-9]", "x");
		String slug = "bewerkt-" + UUID.randomUUID().toString().substring(0, 8);

		HttpResponse<String> saved = editor.post("/admin/materialen", newForm(editor, slug, word));

		assertThat(saved.statusCode()).isEqualTo(302);
		long id = idOf(slug);
		assertThat(OrderFixtures.location(saved)).isEqualTo("/admin/materialen/" + id);
		Material material = this.materials.byId(id).orElseThrow();
		assertThat(material.stock()).isEqualTo(40);
		assertThat(material.open()).isTrue();
		assertThat(material.deliveryDate()).hasToString("2026-12-15");
		// The starting stock is a change with a reason, like every other.
		assertThat(this.jdbc.queryForObject(
				"select reason from order_stock_change where material_id = ? and delta = 40", String.class, id))
			.isEqualTo(MaterialEditing.START_REASON);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'material.created' and subject like ?", Integer.class,
				"Materiaal " + id + " %"))
			.isEqualTo(1);
		assertThat(revisions(id)).isEqualTo(1);

		Http visitor = new Http(this.port);
		assertThat(visitor.get("/bestellen/" + slug).body()).contains("<strong>" + word + "</strong>")
			.contains("name=\"aantal\"");
		assertThat(visitor.get("/zoeken?q=" + word).body()).contains("Buurtposter " + word);

		// Renamed: the search finds the new name right after the save.
		Map<String, String> edit = new HashMap<>(FormRaces.hiddenFields(editor.get("/admin/materialen/" + id).body()));
		Map<String, String> form = newForm(editor, slug, word);
		form.putAll(edit);
		form.remove("formToken");
		form.put("name", "Raamposter " + word);
		assertThat(editor.post("/admin/materialen/" + id, form).statusCode()).isEqualTo(302);
		assertThat(visitor.get("/zoeken?q=" + word).body()).contains("Raamposter " + word);
		assertThat(revisions(id)).isEqualTo(2);
	}

	@Test
	void badInputKeepsTheFormWith422AndAStaleEditAnswers409() {
		Http coordinator = login(Role.COORDINATOR);
		String slug = "bewerkt-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, String> bad = newForm(coordinator, slug, "fout");
		bad.put("price", "gratis");
		bad.put("deliveryDate", "31-02-2026");
		bad.put("unit", "stapeltje van 7 kaarten");

		HttpResponse<String> refused = coordinator.post("/admin/materialen", bad);

		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("value=\"stapeltje van 7 kaarten\"")
			.contains("Vul een bedrag in euro in")
			.contains("Vul een bestaande datum in");
		assertThat(this.jdbc.queryForObject("select count(*) from order_material where slug = ?", Integer.class, slug))
			.isZero();

		Map<String, String> good = newForm(coordinator, slug, "goed");
		assertThat(coordinator.post("/admin/materialen", good).statusCode()).isEqualTo(302);
		long id = idOf(slug);
		Map<String, String> opened = new HashMap<>(good);
		opened.putAll(FormRaces.hiddenFields(coordinator.get("/admin/materialen/" + id).body()));
		opened.remove("formToken");
		opened.remove("stock");

		// Someone else saves first (here: closes it for orders on the stock page).
		Http other = login(Role.COORDINATOR);
		assertThat(other
			.submit("/admin/bestellingen/materialen", "/admin/bestellingen/materialen/" + id + "/bestelbaar",
					Map.of("open", "false"))
			.statusCode()).isEqualTo(302);
		opened.put("unit", "mijn eigen eenheid");

		HttpResponse<String> stale = coordinator.post("/admin/materialen/" + id, opened);

		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.body()).contains("mijn eigen eenheid");
		assertThat(this.materials.byId(id).orElseThrow().unit()).isEqualTo("1 poster");
	}

	@Test
	void aSaveNeverChangesTheStockThatOrdersTookMeanwhile() {
		Http editor = login(Role.EDITOR);
		String slug = "bewerkt-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, String> form = newForm(editor, slug, "voorraad");
		assertThat(editor.post("/admin/materialen", form).statusCode()).isEqualTo(302);
		long id = idOf(slug);
		Map<String, String> opened = new HashMap<>(form);
		opened.putAll(FormRaces.hiddenFields(editor.get("/admin/materialen/" + id).body()));
		opened.remove("formToken");

		assertThat(this.materials.take(id, 3)).isTrue();
		opened.put("stock", "999");
		opened.put("maxPerOrder", "2");

		assertThat(editor.post("/admin/materialen/" + id, opened).statusCode()).isEqualTo(302);
		Material material = this.materials.byId(id).orElseThrow();
		assertThat(material.stock()).isEqualTo(37);
		assertThat(material.maxPerOrder()).isEqualTo(2);
	}

	@Test
	void tenPostsOfOneNewMaterialFormMakeOneMaterial() {
		Http editor = login(Role.EDITOR);
		String slug = "bewerkt-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, String> form = newForm(editor, slug, "tienmaal");
		assertThat(form).containsKey("formToken");

		List<HttpResponse<String>> answers = FormRaces.atOnce(10, () -> editor.post("/admin/materialen", form));

		assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(302);
		assertThat(answers).extracting(OrderFixtures::location).containsOnly("/admin/materialen/" + idOf(slug));
		assertThat(this.jdbc.queryForObject("select count(*) from order_material where slug = ?", Integer.class, slug))
			.isEqualTo(1);
		assertThat(this.materials.byId(idOf(slug)).orElseThrow().stock()).isEqualTo(40);
	}

	@Test
	void onlyCoordinatorsAndAdminsSeeTheLinkToTheStockPage() {
		Http editor = login(Role.EDITOR);
		String slug = "bewerkt-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(editor.post("/admin/materialen", newForm(editor, slug, "voorraadlink")).statusCode()).isEqualTo(302);
		String edit = "/admin/materialen/" + idOf(slug);
		String stockLink = "href=\"/admin/bestellingen/materialen\"";

		HttpResponse<String> seenByEditor = editor.get(edit);
		assertThat(seenByEditor.statusCode()).isEqualTo(200);
		assertThat(seenByEditor.body()).contains("40").doesNotContain(stockLink);
		// The page the link would lead to is closed to editors.
		assertThat(editor.get("/admin/bestellingen/materialen").statusCode()).isEqualTo(403);

		for (Role role : List.of(Role.COORDINATOR, Role.ADMIN)) {
			assertThat(login(role).get(edit).body()).as(role.name()).contains(stockLink);
		}
	}

	int revisions(long id) {
		return this.jdbc.queryForObject(
				"select count(*) from editorial_revision where kind = 'material' and item_id = ?", Integer.class, id);
	}

}
