package nl.bewonersplein.orders;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import nl.bewonersplein.shared.DutchPostcode;
import nl.bewonersplein.site.DemoContent;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Loads the demo materials: the postcard stack with Justin Samgar's poem, a poster and
 * the printed toolkit, with stock. Runs once per database.
 */
@Component
@Order(60)
class OrderDemo implements ApplicationRunner {

	static final String POSTCARDS = "kaarten-justin-samgar";

	static final String POSTER = "poster-koffie-met-de-buren";

	static final String TOOLKIT = "toolkit-betrokken-buurten";

	private final DemoContent demo;

	private final Materials materials;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	OrderDemo(DemoContent demo, Materials materials, JdbcTemplate jdbc, Clock clock) {
		this.demo = demo;
		this.materials = materials;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.demo.loadOnce("orders", this::load);
	}

	private void load() {
		LocalDate december = LocalDate.of(2026, 12, 18);
		long postcards = this.materials.add(new Material(0, POSTCARDS, "Kaarten met een gedicht van Justin Samgar", """
				Vijf ansichtkaarten met een gedicht van dichter Justin Samgar over de buren die je nog niet kent. \
				Schrijf er een uitnodiging op, voor een kop koffie of een wandeling, en stop ze bij je buren in de bus.

				Op de achterkant staat een korte uitleg over de toolkit Betrokken Buurten.""", "/orders/kaarten.svg",
				"Vijf ansichtkaarten in een waaier, met regels van een gedicht", "stapeltje van 5 kaarten", 400, 10, 0,
				"Levering in december", december, true, null), 1);
		long poster = this.materials.add(new Material(0, POSTER, "Poster: Koffie met de buren", """
				Een poster op A3 voor het raam, het prikbord in de hal of de buurtkamer. Er is ruimte om zelf een \
				datum, tijd en plek in te vullen.""", "/orders/poster.svg",
				"Een poster met een koffiekop en een lege regel voor de datum", "poster (A3)", 150, 5, 0,
				"Levering binnen twee weken", null, true, null), 2);
		long toolkit = this.materials.add(new Material(0, TOOLKIT, "Toolkit Betrokken Buurten, gedrukt", """
				De hele toolkit Betrokken Buurten tegen eenzaamheid als boekje om door te bladeren, mee te nemen \
				naar een bijeenkomst of uit te lenen aan een buur.""", "/orders/toolkit.svg",
				"Het omslag van het boekje Betrokken Buurten", "boekje (A5, 64 bladzijden)", 60, 3, 0,
				"Levering in december", december, true, "betrokken-buurten"), 3);
		// A few orders in each state, so fulfilment has something to show.
		order(postcards, 2, OrderStatus.NEW, "Fatima el Amrani", "Buurtkamer De Linde", "Lindelaan", "14", null,
				"3523 KL", "Utrecht", 3);
		order(postcards, 1, OrderStatus.NEW, "Joop Verbeek", null, "Kerkstraat", "3", "B", "7411 JD", "Deventer", 2);
		order(poster, 2, OrderStatus.NEW, "Sanne de Wit", "Soep op de Stoep", "Populierenlaan", "88", null, "5042 PN",
				"Tilburg", 1);
		order(postcards, 4, OrderStatus.PACKED, "Henk Bosma", null, "Dorpsstraat", "21", null, "9401 AB", "Assen", 5);
		order(toolkit, 1, OrderStatus.PACKED, "Mirjam Kok", "Wijkteam Zandweerd", "Hoge Hondstraat", "140", "2",
				"7415 BM", "Deventer", 4);
		order(postcards, 3, OrderStatus.SENT, "Ria Jansen", null, "Middellaan", "7", null, "4811 AA", "Breda", 12);
		order(toolkit, 2, OrderStatus.SENT, "Ahmed Yilmaz", "Koffie bij de Lift", "Galileilaan", "45", null, "6716 AB",
				"Ede", 9);
		order(poster, 1, OrderStatus.CANCELLED, "Karin Smit", null, "Stationsweg", "2", null, "2312 AV", "Leiden", 8);
	}

	private void order(long materialId, int quantity, OrderStatus status, String name, String initiative, String street,
			String number, String addition, String postcode, String town, int daysAgo) {
		Instant placed = this.clock.instant().minus(Duration.ofDays(daysAgo));
		Timestamp later = Timestamp.from(placed.plus(Duration.ofDays(1)));
		DutchPostcode code = new DutchPostcode(postcode);
		this.jdbc.update("insert into material_order (public_key, material_id, quantity, status, name, initiative,"
				+ " postcode, house_number, addition, street, town, email, phone, address_key, postcode_area,"
				+ " created_at, packed_at, sent_at, cancelled_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
				+ " ?, ?, ?, ?)", UUID.randomUUID().toString(), materialId, quantity, status.name(), name, initiative,
				postcode, number, addition, street, town, null, "0301234567",
				OrderPlacement.addressKey(code, number, addition), code.digits(), Timestamp.from(placed),
				(status == OrderStatus.PACKED || status == OrderStatus.SENT) ? later : null,
				(status == OrderStatus.SENT) ? later : null, (status == OrderStatus.CANCELLED) ? later : null);
		if (status != OrderStatus.CANCELLED) {
			this.materials.adjust(materialId, -quantity);
		}
	}

}
