package nl.bewonersplein.content;

import java.time.Clock;
import java.time.Instant;

import nl.bewonersplein.site.DemoContent;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with the demo network's static pages, themes, funders and
 * partners. Written by the Bewonersplein team; runs once per database.
 */
@Component
@Order(10)
class ContentDemo implements ApplicationRunner {

	private final DemoContent demo;

	private final StaticPageRepository pages;

	private final ThemeRepository themes;

	private final SupporterRepository supporters;

	private final Clock clock;

	ContentDemo(DemoContent demo, StaticPageRepository pages, ThemeRepository themes, SupporterRepository supporters,
			Clock clock) {
		this.demo = demo;
		this.pages = pages;
		this.themes = themes;
		this.supporters = supporters;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.demo.loadOnce("content", this::load);
	}

	private void load() {
		Instant now = this.clock.instant();
		this.pages.save(new StaticPage("over-ons", "Over ons",
				"Wij zijn het landelijke netwerk van bewonersinitiatieven. We delen wat werkt en helpen elkaar verder.",
				ABOUT, now));
		this.pages.save(new StaticPage("contact", "Contact",
				"Heb je een vraag, een idee of wil je meedoen? Bel of mail ons. We helpen je graag.", CONTACT, now));
		this.pages.save(new StaticPage("privacyverklaring", "Privacyverklaring",
				"Hoe we omgaan met je gegevens: we vragen zo weinig mogelijk en bewaren het niet langer dan nodig.",
				PRIVACY, now));
		this.pages.save(new StaticPage("toegankelijkheidsverklaring", "Toegankelijkheidsverklaring",
				"We willen dat iedereen deze website kan gebruiken. Hier lees je hoe ver we daarmee zijn.",
				ACCESSIBILITY, now));

		this.themes.save(new Theme("eenzaamheid-verminderen", "Eenzaamheid verminderen",
				"Buren met elkaar in contact brengen, zodat niemand er alleen voor staat.", LONELINESS, 1, now));
		this.themes.save(new Theme("zelfbeheer", "Zelfbeheer",
				"Bewoners die zelf een buurthuis, speeltuin of groenstrook runnen.", SELF_MANAGEMENT, 2, now));
		this.themes.save(new Theme("zorg", "Zorg", "Zorg en welzijn dichtbij huis, georganiseerd door en met bewoners.",
				CARE, 3, now));
		this.themes.save(new Theme("buurtrechten", "Buurtrechten",
				"Rechten die bewoners helpen om zelf taken en budget over te nemen, zoals het Right to Challenge.",
				NEIGHBOURHOOD_RIGHTS, 4, now));
		this.themes.save(new Theme("inclusieve-energietransitie", "Inclusieve energietransitie",
				"Een warm en betaalbaar huis voor iedereen, ook voor wie weinig te besteden heeft.", ENERGY, 5, now));

		int position = 0;
		for (String[] funder : new String[][] { { "VSBfonds", "https://www.vsbfonds.nl" },
				{ "Oranje Fonds", "https://www.oranjefonds.nl" }, { "RCOAK", "https://www.rcoak.nl" },
				{ "Ministerie van Volksgezondheid, Welzijn en Sport",
						"https://www.rijksoverheid.nl/ministeries/vws" } }) {
			this.supporters.save(new Supporter(funder[0], funder[1], Supporter.Role.FUNDER, ++position));
		}
		for (String[] partner : new String[][] { { "Movisie", "https://www.movisie.nl" },
				{ "Fontys Hogescholen", "https://www.fontys.nl" } }) {
			this.supporters.save(new Supporter(partner[0], partner[1], Supporter.Role.PARTNER, ++position));
		}
	}

	private static final String ABOUT = """
			## Wie we zijn

			Overal in Nederland zetten bewoners zich in voor hun buurt. Ze runnen een buurthuis, starten een \
			moestuin, organiseren een koffieochtend of zorgen dat de oudere buurvrouw niet vergeten wordt. \
			Ons netwerk brengt die mensen en hun initiatieven bij elkaar: zo'n 250 lidorganisaties en ongeveer \
			3.000 initiatieven die met ons verbonden zijn.

			## Wat we doen

			- We **delen wat werkt**: verhalen, uitleg en een toolkit die je zo kunt gebruiken.
			- We **brengen mensen samen** op bijeenkomsten in het hele land.
			- We **komen op voor bewoners** bij gemeenten, fondsen en de landelijke politiek.

			## Doe mee

			Ben je actief in je buurt? Word lid, kom naar een bijeenkomst of bel ons gewoon even op. \
			Samen weten we meer dan alleen.
			""";

	private static final String CONTACT = """
			## Bellen of mailen

			Je kunt ons op werkdagen bellen tussen 9.00 en 17.00 uur. Liever mailen? Dan krijg je binnen twee \
			werkdagen antwoord. Je vindt ons telefoonnummer en e-mailadres onderaan elke pagina.

			## Langskomen

			Wil je langskomen? Maak dan even een afspraak, dan zorgen we dat er iemand is en staat de koffie klaar.

			## Materiaal bestellen

			Kaarten en boekjes bestel je via de website. Lukt dat niet, bel ons dan: we helpen je verder.
			""";

	private static final String PRIVACY = """
			## In het kort

			- We vragen alleen gegevens die we echt nodig hebben.
			- We verkopen je gegevens nooit en we gebruiken geen trackers of advertentiecookies.
			- Je kunt altijd vragen welke gegevens we van je hebben, en ze laten wissen.

			## Welke gegevens en waarom

			| Wat | Waarvoor | Hoe lang bewaren we het |
			|---|---|---|
			| Naam en adres bij een bestelling | Om de kaarten bij je te bezorgen | Tot zes maanden na verzending |
			| Naam en e-mail bij aanmelding voor een bijeenkomst | Om je te laten weten waar en wanneer | Tot drie maanden na de bijeenkomst |
			| Gegevens van je account | Om in te loggen en je profiel bij te houden | Zolang je account bestaat |

			## Cookies

			Deze website plaatst geen cookies als je alleen leest. Pas als je inlogt of een formulier invult, \
			plaatsen we een cookie dat nodig is om dat goed te laten werken. Kies je een andere taal, dan \
			onthouden we die keuze in een cookie. Video's laden pas als jij daarop klikt.

			## Vragen of een klacht

			Neem contact met ons op. Ben je het niet eens met hoe we met je gegevens omgaan, dan kun je ook een \
			klacht indienen bij de Autoriteit Persoonsgegevens.
			""";

	private static final String ACCESSIBILITY = """
			## Onze inzet

			We willen dat iedereen deze website kan gebruiken, ook als je slecht ziet, geen muis gebruikt of \
			liever eenvoudige taal leest. De website is gemaakt volgens de richtlijnen WCAG 2.2 op niveau AA.

			## Hoe ver we zijn

			Deze website voldoet gedeeltelijk aan de eisen. We testen elke pagina met automatische \
			controles, in een echte browser, met het toetsenbord en met een schermlezer. Een volledig \
			onderzoek door een onafhankelijke partij staat gepland.

			## Wat we al doen

			- Teksten in begrijpelijke taal, met grote letters.
			- Alles werkt met alleen het toetsenbord en zonder JavaScript.
			- Je kunt inzoomen tot 200 procent zonder dat er iets wegvalt.
			- Elke pagina kun je netjes printen.

			## Loop je ergens tegenaan?

			Laat het ons weten, dan lossen we het op. Bel of mail ons: je krijgt binnen vijf werkdagen antwoord. \
			Ben je niet tevreden met hoe we je melding afhandelen, dan kun je terecht bij de Nationale ombudsman.
			""";

	private static final String LONELINESS = """
			Veel mensen kennen hun buren nauwelijks. Toch zijn het vaak kleine dingen die het verschil maken: \
			een praatje bij de lift, samen koffie drinken of even aanbellen als de gordijnen dicht blijven.

			## Waar het om gaat

			Het gaat niet om nog een activiteit, maar om contact dat blijft. Bewonersinitiatieven zijn daar \
			goed in, omdat ze dichtbij zijn en mensen elkaar al kennen.

			## Wat je hier vindt

			Verhalen van bewoners, uitleg over wat werkt en de toolkit **Betrokken Buurten tegen eenzaamheid**.
			""";

	private static final String SELF_MANAGEMENT = """
			Steeds meer buurthuizen, speeltuinen en groene plekken worden door bewoners zelf gerund. Dat vraagt \
			veel, maar het levert ook veel op: een plek die echt van de buurt is.

			## Wat je hier vindt

			Ervaringen van zelfbeheerders, tips over geld en vrijwilligers, en wat je met de gemeente kunt afspreken.
			""";

	private static final String CARE = """
			Zorg begint bij omkijken naar elkaar. Bewoners organiseren steeds vaker zelf zorg en welzijn in hun \
			buurt, van een boodschappendienst tot een zorgcoöperatie.

			## Wat je hier vindt

			Voorbeelden van bewonersinitiatieven in zorg en welzijn en hoe ze samenwerken met professionals.
			""";

	private static final String NEIGHBOURHOOD_RIGHTS = """
			Met buurtrechten kunnen bewoners meer zeggenschap krijgen over hun buurt. Bekend is het Right to \
			Challenge: bewoners laten zien dat zij een taak van de gemeente beter of slimmer kunnen doen, en \
			krijgen daar dan het budget voor.

			## Wat je hier vindt

			Uitleg over de verschillende rechten, ervaringen uit gemeenten en hoe je zelf begint.
			""";

	private static final String ENERGY = """
			De overstap naar schone energie moet voor iedereen haalbaar zijn. Bewoners helpen elkaar met \
			energie besparen, isoleren en samen opwekken, juist ook in buurten waar het geld niet voor het oprapen ligt.

			## Wat je hier vindt

			Voorbeelden van energiecoaches, buurtcoöperaties en afspraken met woningcorporaties.
			""";

}
