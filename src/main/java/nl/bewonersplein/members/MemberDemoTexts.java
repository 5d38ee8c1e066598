package nl.bewonersplein.members;

import java.util.List;

import nl.bewonersplein.members.MemberDemo.DemoInitiative;

/** The demo initiatives, written by the Bewonersplein team. */
final class MemberDemoTexts {

	private static final String LONELY = "eenzaamheid-verminderen";

	private static final String SELF = "zelfbeheer";

	private static final String CARE = "zorg";

	private static final String RIGHTS = "buurtrechten";

	private static final String ENERGY = "inclusieve-energietransitie";

	static final List<DemoInitiative> INITIATIVES = List.of(
			new DemoInitiative("De Huiskamer", InitiativeKind.DROP_IN, "Wezep", null, 2016, LONELY + " " + CARE,
					"3 10 11",
					"Een inloophuis in Wezep waar je zonder afspraak binnenloopt voor koffie, een praatje of hulp.",
					"""
							De Huiskamer is een gewoon huis midden in Wezep, met een grote tafel en de koffie altijd klaar. \
							Iedereen mag binnenlopen: wie net in het dorp woont, wie alleen is komen te staan of wie gewoon zin heeft in gezelschap.

							Vrijwilligers uit het dorp houden de deur open. Ze luisteren, helpen met een formulier of een brief, \
							en weten de weg naar de huisarts, de gemeente en de vereniging om de hoek.

							## Wat er gebeurt
							- Elke ochtend inloop met koffie en thee
							- Op woensdag samen koken en eten
							- Een wandelgroep en een klusjesploeg
							"""),
			new DemoInitiative("Bewoners033", InitiativeKind.NETWORK, "Amersfoort", null, 2012, LONELY + " " + RIGHTS,
					"10 11 16 17",
					"Het netwerk van actieve bewoners in Amersfoort, gedragen door vrijwilligers: we verbinden, helpen en maken de stad van onderop.",
					"""
							Bewoners033 brengt mensen samen die iets willen doen voor hun straat, wijk of stad. \
							Het netwerk wordt gedragen door vrijwilligers: er is geen kantoor vol betaalde krachten, wel veel kennis van de stad.

							Heb je een idee voor je buurt? Dan denken we mee, koppelen we je aan bewoners die iets vergelijkbaars deden \
							en helpen we met een plan, een aanvraag of een gesprek met de gemeente.

							Elke maand is er een open avond waar initiatiefnemers elkaar ontmoeten en ervaringen delen.
							"""),
			new DemoInitiative("Indekerngezond", InitiativeKind.HEALTH, "Utrecht", "Leidsche Rijn", 2019,
					CARE + " " + LONELY, "3 11 17",
					"Bewoners van Leidsche Rijn en Vleuten-De Meern die samen werken aan een gezonde wijk, met als droom een Blue Zone.",
					"""
							In de Blue Zones van de wereld worden mensen gezond oud: ze bewegen vanzelf, eten eenvoudig, \
							hebben een doel en staan er niet alleen voor. Indekerngezond wil dat ook in Leidsche Rijn en Vleuten-De Meern.

							Bewoners, huisartsen, sportclubs en ondernemers werken samen aan kleine dingen met groot effect: \
							wandelroutes langs bankjes, moestuinen bij de school, een gezonde lunch in het buurthuis en vooral: elkaar kennen.

							Iedereen kan meedoen. Kom naar een buurtgesprek of begin zelf iets in je eigen straat.
							"""),
			new DemoInitiative("Buurtkamer De Schakel", InitiativeKind.COMMUNITY_CENTRE, "Groningen", null, 2014,
					SELF + " " + LONELY, "10 11",
					"Een buurthuis in zelfbeheer in Groningen, gerund door een ploeg van veertig vrijwilligers.",
					"""
							Toen de gemeente het buurthuis wilde sluiten, namen bewoners het over. \
							Nu regelen ze zelf de sleutels, de schoonmaak, de activiteiten en de begroting.

							Er is elke dag iets te doen: taalles, een kaartclub, huiswerkhulp en een repaircafé. Nieuwe ideeën zijn welkom.
							"""),
			new DemoInitiative("Energiek Leeuwarden", InitiativeKind.ENERGY_COOPERATIVE, "Leeuwarden", null, 2017,
					ENERGY, "7 13",
					"Een energiecoöperatie die zonnepanelen legt op daken van scholen en sportkantines.",
					"""
							Bewoners steken samen geld in zonnepanelen op grote daken in de stad. De opbrengst gaat terug naar de leden \
							en naar een fonds voor huishoudens die hun energierekening moeilijk kunnen betalen.

							Onze energiecoaches komen gratis langs om te kijken waar je thuis kunt besparen.
							"""),
			new DemoInitiative("Zorgcoöperatie Samen Thuis", InitiativeKind.CARE_COOPERATIVE, "Emmen", null, 2015,
					CARE + " " + LONELY, "3 10",
					"Dorpsbewoners die elkaar helpen om zo lang mogelijk thuis te blijven wonen.",
					"""
							Samen Thuis is een coöperatie van en voor bewoners. Vrijwilligers rijden naar het ziekenhuis, \
							doen boodschappen en komen langs voor een praatje. Een vaste dorpsondersteuner houdt het overzicht.

							Leden betalen een kleine bijdrage per jaar. Daarmee kunnen we ook hulp bieden aan wie geen netwerk heeft.
							"""),
			new DemoInitiative("Dorpscoöperatie Ons Drenthe", InitiativeKind.NEIGHBOURHOOD_COOPERATIVE, "Assen", null,
					2018, SELF + " " + RIGHTS, "11 17",
					"Een coöperatie die het groenonderhoud en de dorpsbus van de gemeente heeft overgenomen.",
					"""
							Met het Right to Challenge lieten bewoners zien dat ze het groen in hun wijk beter en goedkoper kunnen onderhouden. \
							Het geld dat de gemeente daarvoor betaalt, blijft nu in de buurt.

							Van de opbrengst rijdt een buurtbus met vrijwillige chauffeurs naar de markt en het gezondheidscentrum.
							"""),
			new DemoInitiative("Buurtmoestuin Het Zaadje", InitiativeKind.GREEN, "Zwolle", null, 2020, LONELY,
					"2 11 15", "Een moestuin op een braakliggend veld, waar buren samen zaaien, wieden en oogsten.",
					"""
							Wat ooit een leeg grasveld was, is nu een tuin met dertig bedden, een kas en een picknicktafel. \
							Iedereen mag meehelpen, ook wie nog nooit iets heeft gekweekt.

							Een deel van de oogst gaat naar de voedselbank. In de zomer koken we samen op zaterdagmiddag.
							"""),
			new DemoInitiative("Bewonersbedrijf De Werf", InitiativeKind.RESIDENTS_COMPANY, "Deventer", null, 2013,
					SELF + " " + RIGHTS, "8 11",
					"Een bewonersbedrijf met een café, een klusdienst en werkplekken voor wie wil beginnen.",
					"""
							De Werf verdient zijn eigen geld met een buurtcafé, een klusdienst en de verhuur van ruimtes. \
							De winst gaat naar activiteiten in de wijk.

							Bewoners die weer aan het werk willen, kunnen hier ervaring opdoen, met een maatje dat ze op weg helpt.
							"""),
			new DemoInitiative("Repaircafé Enschede-Noord", InitiativeKind.RESIDENTS_GROUP, "Enschede", null, 2016,
					LONELY, "12",
					"Elke tweede zaterdag repareren buren samen kapotte spullen, met koffie en een goed gesprek.",
					"""
							Een broodrooster die het niet meer doet, een fiets met een slag in het wiel, een broek met een scheur: \
							neem het mee. Handige buren kijken samen met je wat er mis is.

							Zo gooien we minder weg en leren we elkaar kennen.
							"""),
			new DemoInitiative("Wijkcentrum De Klinker", InitiativeKind.COMMUNITY_CENTRE, "Nijmegen", null, 2011,
					SELF + " " + LONELY, "4 10 11",
					"Een wijkcentrum in zelfbeheer met een open keuken, een bibliotheekhoek en een speelzaal.",
					"""
							De Klinker is van de wijk. Een bestuur van bewoners beslist wat er gebeurt, en de deur staat open van 's ochtends tot 's avonds.

							Op maandag is er een gratis maaltijd, betaald door wie het kan missen. Kinderen doen hun huiswerk in de bibliotheekhoek.
							"""),
			new DemoInitiative("Zon op Almere", InitiativeKind.ENERGY_COOPERATIVE, "Almere", null, 2018, ENERGY,
					"7 11 13", "Een energiecoöperatie die huurders en kopers samen laat verduurzamen.",
					"""
							Ook wie huurt of weinig te besteden heeft, moet mee kunnen doen met de energietransitie. \
							Daarom bieden we certificaten in onze zonneparken al vanaf een klein bedrag.

							Vrijwillige energiecoaches helpen met tochtstrips, radiatorfolie en het lezen van de energierekening.
							"""),
			new DemoInitiative("Buurtcoöperatie Zeist-West", InitiativeKind.NEIGHBOURHOOD_COOPERATIVE, "Zeist", null,
					2019, SELF + " " + CARE, "3 11",
					"Bewoners die samen zorg, klussen en ontmoeting in hun wijk organiseren.",
					"""
							De coöperatie koppelt vraag en aanbod in de wijk: wie hulp nodig heeft bij een klus of vervoer, \
							en wie graag een handje helpt.

							Elke donderdag is er een buurtlunch in het wijkgebouw. Daar beginnen de meeste nieuwe plannen.
							"""),
			new DemoInitiative("Groene Wig Lelystad", InitiativeKind.GREEN, "Lelystad", null, 2021, LONELY, "11 13 15",
					"Bewoners die van een saaie groenstrook een plek maken om te spelen, te plukken en elkaar te zien.",
					"""
							We plantten een voedselbos met fruitbomen en bessenstruiken, legden een pad aan en zetten bankjes neer. \
							Kinderen van de school om de hoek helpen mee.

							Iedere eerste zondag van de maand is er een werkochtend, met soep na afloop.
							"""),
			new DemoInitiative("Buurthuis Het Anker", InitiativeKind.COMMUNITY_CENTRE, "Amsterdam", null, 2010,
					SELF + " " + LONELY, "1 10 11",
					"Een buurthuis in zelfbeheer in Amsterdam waar vijftien nationaliteiten samen koken en vieren.", """
							Het Anker is het huis van de buurt. Bewoners organiseren er taalcafés, een kledingruil, \
							een spreekuur voor geldzaken en grote feesten.

							Wie iets wil beginnen, krijgt een ruimte en een sleutel. Vertrouwen is ons uitgangspunt.
							"""),
			new DemoInitiative("Oost Werkt", InitiativeKind.RESIDENTS_COMPANY, "Rotterdam", null, 2014,
					RIGHTS + " " + SELF, "1 8 10",
					"Een bewonersbedrijf dat buurtbewoners in dienst neemt voor onderhoud, schoonmaak en catering.",
					"""
							Oost Werkt neemt opdrachten aan van woningcorporaties en de gemeente, en geeft het werk aan mensen uit de buurt. \
							Zo blijft het geld in de wijk en krijgen bewoners een eerlijke baan.

							We zijn trots op onze cateringploeg, die op elk buurtfeest staat.
							"""),
			new DemoInitiative("Hof van Haarlem", InitiativeKind.CARE_COOPERATIVE, "Haarlem", null, 2017, CARE, "3 10",
					"Een zorgcoöperatie rond een binnenhof, waar ouderen en jonge gezinnen naar elkaar omkijken.",
					"""
							Rond het hof wonen ouderen en jonge gezinnen. Ze spraken af om op elkaar te letten: een boodschap, \
							oppassen, een kop koffie, een lift naar de dokter.

							Een kleine groep vrijwilligers zorgt dat niemand tussen wal en schip valt.
							"""),
			new DemoInitiative("Taalcafé Zuidwest", InitiativeKind.RESIDENTS_GROUP, "Den Haag", null, 2015, LONELY,
					"4 10 16", "Een wekelijkse taaltafel waar nieuwe en oude Hagenaars samen Nederlands praten.", """
							Elke dinsdagmiddag zitten buren aan lange tafels om Nederlands te oefenen. Er is geen les, \
							wel een onderwerp en vooral veel geduld.

							Veel deelnemers worden later zelf vrijwilliger. Zo groeit het vanzelf.
							"""),
			new DemoInitiative("Buurtbus Alkmaar-Noord", InitiativeKind.RESIDENTS_GROUP, "Alkmaar", null, 2019,
					CARE + " " + LONELY, "3 11",
					"Vrijwillige chauffeurs brengen buren die slecht ter been zijn naar de markt, de dokter of een verjaardag.",
					"""
							Met een elektrisch busje en twintig chauffeurs rijden we vijf dagen per week. \
							Een rit kost een kleine bijdrage; wie dat niet kan betalen, rijdt gratis mee.

							De ritjes zijn vaak het gezelligste moment van de dag, zeggen onze passagiers.
							"""),
			new DemoInitiative("Dorpshuis De Kiel", InitiativeKind.COMMUNITY_CENTRE, "Middelburg", null, 2012,
					SELF + " " + LONELY, "11 17",
					"Het dorpshuis dat bewoners samen kochten, verbouwden en nu zelf draaiende houden.",
					"""
							Toen het oude dorpshuis te koop stond, brachten bewoners met obligaties het geld bij elkaar. \
							Ze verbouwden het zelf, met hulp van een aannemer uit het dorp.

							Nu is het de plek voor de toneelclub, de koffieochtend, de huisartsenpost en elke verkiezing.
							"""),
			new DemoInitiative("Brabantse Wind", InitiativeKind.ENERGY_COOPERATIVE, "Tilburg", null, 2016, ENERGY,
					"7 13", "Een energiecoöperatie met een windmolen van en voor de omwonenden.", """
							Onze windmolen staat aan de rand van de stad en is van de mensen die in de buurt wonen. \
							Zij beslissen mee en delen in de opbrengst.

							Een deel van de winst gaat naar het isoleren van huizen van mensen met een kleine beurs.
							"""),
			new DemoInitiative("Buurtcoöperatie Maas-Oost", InitiativeKind.NEIGHBOURHOOD_COOPERATIVE, "Maastricht",
					null, 2020, SELF + " " + RIGHTS + " " + CARE, "3 11 16",
					"Bewoners die het buurtpark, de speeltuin en een buurtkamer samen beheren.",
					"""
							De coöperatie heeft afspraken met de gemeente over het park en de speeltuin. Bewoners maaien, \
							vegen en repareren, en beslissen samen wat er met het budget gebeurt.

							In de buurtkamer kun je terecht voor een kop koffie en de laatste plannen.
							"""),
			new DemoInitiative("Groen Woensel", InitiativeKind.GREEN, "Eindhoven", null, 2018, LONELY + " " + ENERGY,
					"11 13 15", "Buren die tegels wippen, geveltuinen aanleggen en regenwater opvangen in hun straat.",
					"""
							Elke lente organiseren we een tegelwipdag. Wie meedoet, krijgt planten, aarde en hulp van de buren. \
							Zo wordt de straat koeler en groener, en leer je meteen je overburen kennen.

							We lenen ook regentonnen en gereedschap uit.
							"""),
			new DemoInitiative("Hart van Venlo", InitiativeKind.CARE_COOPERATIVE, "Venlo", null, 2014,
					CARE + " " + LONELY, "3 10",
					"Een zorgcoöperatie met een ontmoetingsplek, maaltijden aan huis en een vast aanspreekpunt.", """
							Bij Hart van Venlo kun je terecht met kleine en grote vragen over zorg en welzijn. \
							Onze buurtverbinders kennen de weg en komen ook bij je thuis.

							Drie keer per week koken vrijwilligers een warme maaltijd die je samen eet of thuis krijgt.
							"""),
			new DemoInitiative("Voedselbos Breda-Zuid", InitiativeKind.GREEN, "Breda", null, 2021, LONELY, "2 13 15",
					"Een jong voedselbos waar buren leren over planten, bodem en oogsten zonder gif.", """
							Op een oud weiland planten we een bos dat eten geeft: noten, fruit, kruiden en groente. \
							Het is nog jong, maar er zijn al appels en bramen.

							Scholen komen op les, en elke maand is er een plantdag voor iedereen.
							"""));

	private MemberDemoTexts() {
	}

}
