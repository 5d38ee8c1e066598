package nl.bewonersplein.orders;

import java.time.LocalDate;

import nl.bewonersplein.site.DemoContent;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo materials: the postcard stack with Justin Samgar's poem, a poster and
 * the printed toolkit, with stock. Runs once per database.
 */
@Component
@Order(60)
@ConditionalOnBooleanProperty(name = "bewonersplein.demo-content.enabled", matchIfMissing = true)
class OrderDemo implements ApplicationRunner {

	static final String POSTCARDS = "kaarten-justin-samgar";

	static final String POSTER = "poster-koffie-met-de-buren";

	static final String TOOLKIT = "toolkit-betrokken-buurten";

	private final DemoContent demo;

	private final Materials materials;

	OrderDemo(DemoContent demo, Materials materials) {
		this.demo = demo;
		this.materials = materials;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.demo.loadOnce("orders", this::load);
	}

	private void load() {
		LocalDate december = LocalDate.of(2026, 12, 18);
		this.materials.add(new Material(0, POSTCARDS, "Kaarten met een gedicht van Justin Samgar", """
				Vijf ansichtkaarten met een gedicht van dichter Justin Samgar over de buren die je nog niet kent. \
				Schrijf er een uitnodiging op, voor een kop koffie of een wandeling, en stop ze bij je buren in de bus.

				Op de achterkant staat een korte uitleg over de toolkit Betrokken Buurten.""", "/orders/kaarten.svg",
				"Vijf ansichtkaarten in een waaier, met regels van een gedicht", "stapeltje van 5 kaarten", 400, 10, 0,
				"Levering in december", december, true, null), 1);
		this.materials.add(new Material(0, POSTER, "Poster: Koffie met de buren", """
				Een poster op A3 voor het raam, het prikbord in de hal of de buurtkamer. Er is ruimte om zelf een \
				datum, tijd en plek in te vullen.""", "/orders/poster.svg",
				"Een poster met een koffiekop en een lege regel voor de datum", "poster (A3)", 150, 5, 0,
				"Levering binnen twee weken", null, true, null), 2);
		this.materials.add(new Material(0, TOOLKIT, "Toolkit Betrokken Buurten, gedrukt", """
				De hele toolkit Betrokken Buurten tegen eenzaamheid als boekje om door te bladeren, mee te nemen \
				naar een bijeenkomst of uit te lenen aan een buur.""", "/orders/toolkit.svg",
				"Het omslag van het boekje Betrokken Buurten", "boekje (A5, 64 bladzijden)", 60, 3, 0,
				"Levering in december", december, true, "betrokken-buurten"), 3);
	}

}
