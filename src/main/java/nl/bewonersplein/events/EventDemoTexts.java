package nl.bewonersplein.events;

import java.util.List;

import nl.bewonersplein.shared.Region;

/** The demo agenda, written by us in plain Dutch. */
final class EventDemoTexts {

	private EventDemoTexts() {
	}

	/**
	 * One demo event.
	 *
	 * @param day days from today (negative: in the past)
	 * @param start start time as {@code HH:mm}
	 * @param days how many calendar days it lasts after the first (0: one day)
	 * @param end end time as {@code HH:mm}
	 * @param taken places already taken by demo sign-ups
	 * @param waiting demo sign-ups on the waitlist
	 * @param themes theme slugs separated by spaces
	 */
	record DemoEvent(String slug, String title, String summary, String description, int day, String start, int days,
			String end, Region region, String venue, String address, String town, String organiser, String phone,
			Event.Access access, String price, Integer capacity, int taken, int waiting, String themes,
			boolean cancelled, String report) {

	}

	private static final Event.Access FULL = new Event.Access(true, true, true, true);

	static final List<DemoEvent> EVENTS = List.of(
			new DemoEvent("regiobijeenkomst-oost-zwolle", "Regiobijeenkomst Oost: buren verbinden",
					"Bewonersinitiatieven uit Overijssel en Gelderland delen wat werkt tegen eenzaamheid in de buurt.",
					"""
							Tijdens deze middag vertellen drie initiatieven hoe zij buren met elkaar in contact brengen. \
							Daarna praten we in kleine groepjes verder.

							## Wat kun je verwachten?

							- Korte verhalen uit Zwolle, Deventer en Wezep
							- Tijd om vragen te stellen
							- Koffie, thee en iets lekkers""",
					-42, "13:30", 0, "16:30", Region.OOST, "Buurthuis De Kroon", "Kroonstraat 12", "Zwolle",
					"Anneke de Vries", "038 123 45 67", FULL, null, 40, 31, 0, "eenzaamheid-verminderen", false, """
							Met 31 bewoners was het buurthuis goed gevuld. Het inloophuis uit Wezep vertelde hoe een \
							vaste koffietafel nieuwe vrijwilligers oplevert. Veel mensen namen de toolkit mee naar huis.

							De volgende regiobijeenkomst in Oost is in het voorjaar."""),
			new DemoEvent("webinar-right-to-challenge-uitgelegd", "Webinar: het Right to Challenge uitgelegd",
					"In een uur hoor je wat het Right to Challenge is en hoe bewoners het gebruiken.",
					"""
							Met het Right to Challenge kunnen bewoners een taak van de gemeente overnemen als zij \
							denken dat het beter of goedkoper kan. In dit webinar leggen we uit hoe dat werkt.

							Je kijkt mee vanaf je eigen computer, tablet of telefoon. Je kunt vragen stellen in de chat.""",
					-21, "19:30", 0, "20:30", null, null, null, null, "Samira El Amrani", "012 345 67 80",
					Event.Access.NONE, null, null, 86, 0, "buurtrechten", false, """
							86 mensen keken mee. De meeste vragen gingen over geld: wie betaalt wat als bewoners een \
							taak overnemen? De antwoorden staan in ons kennisartikel over het Right to Challenge."""),
			new DemoEvent("toolkitwerkplaats-eindhoven", "Toolkitwerkplaats in Eindhoven",
					"Een ochtend oefenen met de toolkit Betrokken Buurten, samen met buurtcoaches uit Brabant.", """
							In deze werkplaats pak je de toolkit erbij en kies je één onderdeel om in je eigen buurt \
							uit te proberen. Je gaat naar huis met een plan voor de eerste stap.""", -9, "09:30", 0,
					"12:30", Region.ZUID, "Wijkcentrum 't Hofke", "Hofstraat 3", "Eindhoven", "Joost Verhoeven",
					"040 234 56 78", new Event.Access(true, false, true, true), null, 25, 19, 0,
					"eenzaamheid-verminderen zorg", false,
					"""
							Negentien deelnemers werkten met de toolkit. Het meest gekozen onderdeel was de buurtkaart: \
							wie woont er alleen, en wie zou dat graag anders zien?"""),
			new DemoEvent("toolkitwerkplaats-utrecht", "Toolkitwerkplaats: aan de slag met Betrokken Buurten",
					"Een middag om met de toolkit te oefenen. Bijna vol: meld je snel aan.", """
							Je leert hoe je de toolkit Betrokken Buurten gebruikt in je eigen buurt. We beginnen met \
							een kort verhaal van een bewoner en gaan daarna zelf aan de slag.

							Neem gerust iemand mee uit je buurt.""", 6, "13:30", 0, "16:00", Region.MIDDEN,
					"Buurtcentrum Oase", "Oudegracht 200", "Utrecht", "Marloes Bakker", "030 765 43 21", FULL, null, 30,
					27, 0, "eenzaamheid-verminderen", false, null),
			new DemoEvent("webinar-right-to-challenge-praktijk", "Webinar: Right to Challenge in de praktijk",
					"Twee bewonersgroepen vertellen hoe zij een taak van de gemeente overnamen.", """
							Een groen beheerteam uit Amersfoort en een buurtbus uit Friesland vertellen hoe zij het \
							Right to Challenge gebruikten. Wat ging goed, en wat zouden ze anders doen?

							Na je aanmelding krijg je de link om mee te kijken.""", 9, "19:30", 0, "20:45", null, null,
					null, null, "Samira El Amrani", "012 345 67 80", Event.Access.NONE, null, null, 54, 0,
					"buurtrechten zelfbeheer", false, null),
			new DemoEvent("regiobijeenkomst-noord-groningen", "Regiobijeenkomst Noord",
					"Bewoners uit Groningen, Friesland en Drenthe ontmoeten elkaar en delen hun ervaringen.", """
							We beginnen met soep en broodjes. Daarna vertellen bewoners over hun eigen buurthuis in \
							zelfbeheer. Aan het eind is er tijd om elkaar beter te leren kennen.""", 14, "17:30", 0,
					"20:30", Region.NOORD, "Dorpshuis De Schakel", "Hoofdweg 45", "Groningen", "Hendrik Bos",
					"050 987 65 43", new Event.Access(true, true, true, false), null, 40, 12, 0, "zelfbeheer", false,
					null),
			new DemoEvent("koffieochtend-buurtcoaches-den-haag", "Koffieochtend voor buurtcoaches",
					"Een kleine ochtend voor coaches en opbouwwerkers: even bijpraten en van elkaar leren. Vol, er is een wachtlijst.",
					"""
							We zitten met een kleine groep aan tafel, zodat iedereen aan het woord komt. Neem een \
							vraag mee uit je werk; samen zoeken we naar een antwoord.""", 18, "10:00", 0, "12:00",
					Region.WEST, "Huiskamer van de Wijk", "Prinsegracht 8", "Den Haag", "Fatima Yilmaz",
					"070 321 09 87", new Event.Access(false, false, true, true), null, 12, 12, 3,
					"eenzaamheid-verminderen zorg", false, null),
			new DemoEvent("online-inloopuur-energie", "Online inloopuur: samen energie besparen",
					"Stel je vragen over energie besparen met je buren. Een uur, online, zonder aanmelden vooraf.", """
							Energiecoaches uit verschillende buurten beantwoorden je vragen. Hoe begin je een \
							energiecafé? Hoe zorg je dat ook buren met weinig geld meedoen?""", 25, "15:00", 0, "16:00",
					null, null, null, null, "Kees Jansen", "012 345 67 81", Event.Access.NONE, null, null, 8, 0,
					"inclusieve-energietransitie", false, null),
			new DemoEvent("buurtwandeling-maastricht", "Buurtwandeling langs initiatieven in Maastricht",
					"Een wandeling langs drie bewonersinitiatieven. Deze wandeling gaat helaas niet door.", """
							We lopen samen langs een moestuin, een repair café en een buurtkamer. Onderweg vertellen \
							de vrijwilligers wat zij doen.""", 30, "10:30", 0, "13:00", Region.ZUID,
					"Verzamelen bij de Buurtkamer", "Markt 1", "Maastricht", "Ria Lemmens", "043 456 78 90",
					new Event.Access(false, false, false, false), null, 20, 0, 0, "zelfbeheer", true, null),
			new DemoEvent("landelijke-bewonersdag", "Landelijke Bewonersdag",
					"Twee dagen vol ontmoeting, werkplaatsen en goede voorbeelden uit het hele land.", """
							De Landelijke Bewonersdag is het jaarlijkse feest van het netwerk. Je kiest zelf welke \
							werkplaatsen je bezoekt. Op de tweede dag is er een markt waar initiatieven zich laten zien.

							## Praktisch

							- De zaal is rolstoeltoegankelijk en heeft een ringleiding
							- Er is een stilteruimte
							- Lunch en drinken zijn inbegrepen""", 45, "10:00", 1, "16:00", Region.MIDDEN,
					"Congrescentrum De Eenhoorn", "Hogeweg 19", "Amersfoort", "Marloes Bakker", "030 765 43 21", FULL,
					"€ 15 per persoon, met lunch", 400, 128, 0,
					"eenzaamheid-verminderen zelfbeheer zorg buurtrechten inclusieve-energietransitie", false, null));

}
