package nl.bewonersplein.orders;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import nl.bewonersplein.SiteTest;
import nl.bewonersplein.TestClock;
import nl.bewonersplein.accounts.PersonalDataSource.Person;
import nl.bewonersplein.shared.DutchPostcode;
import nl.bewonersplein.site.FormSubmissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Addresses are anonymised six months after sending by the retention job (tested with the
 * moved test clock) while the counts stay; the personal-data export and erasure include
 * orders.
 */
@SiteTest
class OrdersPrivacyTests {

	@Autowired
	Materials materials;

	@Autowired
	OrderPlacement placement;

	@Autowired
	Fulfilment fulfilment;

	@Autowired
	FormSubmissions submissions;

	@Autowired
	OrderRetention retention;

	@Autowired
	OrderPersonalData personalData;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	Material material;

	@AfterEach
	void cleanUp() {
		this.clock.reset();
		if (this.material != null) {
			OrderFixtures.remove(this.jdbc, this.material);
		}
	}

	long place(int houseNumber, String email, String phone) {
		DutchPostcode postcode = DutchPostcode.parse("3511 ab").orElseThrow();
		OrderForm form = new OrderForm("2", "Anna Privé", "", postcode.value(), Integer.toString(houseNumber), "",
				"Oudegracht", "Utrecht", email, phone, "ja", this.submissions.newToken());
		this.submissions.submit(form.formToken(), () -> this.placement.place(this.material, form, postcode));
		return this.jdbc.queryForObject("select max(id) from material_order where material_id = ? and house_number = ?",
				Long.class, this.material.id(), Integer.toString(houseNumber));
	}

	Map<String, Object> row(long id) {
		return this.jdbc.queryForMap("select name, street, postcode, email, phone, postcode_area, quantity, status,"
				+ " anonymised_at from material_order where id = ?", id);
	}

	@Test
	void addressesAreAnonymisedSixMonthsAfterSendingAndTheCountsStay() {
		this.material = OrderFixtures.material(this.materials, 20, 5);
		long sent = place(1, "anna-" + System.nanoTime() + "@privacy.example", "");
		long waiting = place(2, "", "0612345678");
		this.fulfilment.change(List.of(sent), OrderStatus.SENT);

		this.clock.advance(Duration.ofDays(182));
		this.retention.anonymiseExpired();
		assertThat(row(sent).get("name")).isEqualTo("Anna Privé");

		this.clock.advance(Duration.ofDays(2));
		assertThat(this.retention.anonymiseExpired()).isGreaterThanOrEqualTo(1);
		Map<String, Object> gone = row(sent);
		assertThat(gone.get("name")).isNull();
		assertThat(gone.get("street")).isNull();
		assertThat(gone.get("postcode")).isNull();
		assertThat(gone.get("email")).isNull();
		assertThat(gone.get("anonymised_at")).isNotNull();
		assertThat(gone.get("postcode_area")).isEqualTo(3511);
		assertThat(gone.get("quantity")).isEqualTo(2);
		assertThat(gone.get("status")).isEqualTo("SENT");
		// Not sent yet: kept.
		assertThat(row(waiting).get("name")).isEqualTo("Anna Privé");
		assertThat(this.jdbc.queryForObject("select count(*) from material_order where material_id = ?", Integer.class,
				this.material.id()))
			.isEqualTo(2);
	}

	@Test
	void thePersonalDataExportAndErasureIncludeOrders() {
		this.material = OrderFixtures.material(this.materials, 20, 5);
		String email = "erik-" + System.nanoTime() + "@privacy.example";
		long order = place(3, email, "06 1111 2222");
		Person person = new Person(email.toUpperCase(), null);
		List<Map<String, Object>> records = this.personalData.export(person);
		assertThat(records).singleElement()
			.satisfies((record) -> assertThat(record).containsEntry("type", "material-order")
				.containsEntry("number", OrderPlacement.number(order))
				.containsEntry("email", email));
		assertThat(this.personalData.export(new Person(null, "+06-1111-2222".replace("+", "")))).hasSize(1);

		assertThat(this.personalData.erase(person)).isOne();
		assertThat(row(order).get("name")).isNull();
		assertThat(row(order).get("quantity")).isEqualTo(2);
		assertThat(this.personalData.export(person)).isEmpty();
	}

}
