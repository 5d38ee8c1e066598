package nl.bewonersplein.orders;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

import nl.bewonersplein.SiteTest;
import nl.bewonersplein.TestClock;
import nl.bewonersplein.accounts.PersonalDataSource.Person;
import nl.bewonersplein.shared.DutchPostcode;
import nl.bewonersplein.shared.Role;
import nl.bewonersplein.site.FormSubmissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static nl.bewonersplein.accounts.TestAccounts.loggedInAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The coordinators' counts per material, region and month stay the same when the
 * retention job (moved test clock) and an erasure take the addresses; the CSV of the
 * counts is in the audit log.
 */
@SiteTest
class OrdersReportTests {

	@Autowired
	WebApplicationContext context;

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
	OrderCounts counts;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	MockMvc mvc;

	Material material;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@AfterEach
	void cleanUp() {
		this.clock.reset();
		if (this.material != null) {
			OrderFixtures.remove(this.jdbc, this.material);
		}
	}

	long place(String postcode, int houseNumber, int quantity, String email) {
		DutchPostcode code = DutchPostcode.parse(postcode).orElseThrow();
		OrderForm form = new OrderForm(Integer.toString(quantity), "Teller " + houseNumber, "", code.value(),
				Integer.toString(houseNumber), "", "Telstraat", "Telstad", email, "", "ja",
				this.submissions.newToken());
		this.submissions.submit(form.formToken(), () -> this.placement.place(this.material, form, code));
		return this.jdbc.queryForObject("select max(id) from material_order where material_id = ? and house_number = ?",
				Long.class, this.material.id(), Integer.toString(houseNumber));
	}

	OrderCounts.Count ours(OrderCounts.Report report) {
		return report.materials()
			.stream()
			.filter((count) -> count.label().equals(this.material.name()))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void theCountsStayWhenTheAddressesAreErased() throws Exception {
		this.material = OrderFixtures.material(this.materials, 50, 5);
		String email = "teller-" + System.nanoTime() + "@privacy.example";
		long utrecht = place("3511 AB", 1, 2, "");
		long amsterdam = place("1012 AB", 2, 3, email);
		long maastricht = place("6211 AB", 3, 4, "");
		long cancelled = place("6211 AB", 4, 5, "");
		this.fulfilment.change(List.of(utrecht, amsterdam, maastricht), OrderStatus.SENT);
		this.fulfilment.change(List.of(cancelled), OrderStatus.CANCELLED);
		assertThat(this.counts.region(3511)).hasToString("MIDDEN");
		assertThat(this.counts.region(1012)).hasToString("WEST");
		assertThat(this.counts.region(6211)).hasToString("ZUID");

		OrderCounts.Report before = this.counts.count();
		assertThat(ours(before)).isEqualTo(new OrderCounts.Count(this.material.name(), 3, 9));
		String month = YearMonth.now(this.clock).toString();
		assertThat(before.months()).anySatisfy((count) -> assertThat(count.label()).isEqualTo(month));

		// The person asks to be erased, and half a year later the job takes the rest.
		assertThat(this.personalData.erase(new Person(email, null))).isOne();
		this.clock.advance(Duration.ofDays(200));
		assertThat(this.retention.anonymiseExpired()).isGreaterThanOrEqualTo(2);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from material_order where material_id = ? and anonymised_at is null", Integer.class,
				this.material.id()))
			.isZero();

		OrderCounts.Report after = this.counts.count();
		assertThat(after).isEqualTo(before);
		assertThat(ours(after)).isEqualTo(new OrderCounts.Count(this.material.name(), 3, 9));

		String page = this.mvc.perform(get("/admin/bestellingen/overzicht").with(loggedInAs(Role.COORDINATOR)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(this.material.name()).contains("Midden").contains("Zuid");

		int audited = this.jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'order.exported' and subject like 'Overzicht%'",
				Integer.class);
		String csv = this.mvc.perform(get("/admin/bestellingen/overzicht/csv").with(loggedInAs(Role.COORDINATOR)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv).contains("materiaal;" + this.material.name() + ";3;9");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'order.exported' and subject like 'Overzicht%'",
				Integer.class))
			.isEqualTo(audited + 1);
	}

}
