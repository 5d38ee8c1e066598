package nl.bewonersplein.content;

/**
 * The demo articles' texts, in Dutch, written by the Bewonersplein team. Each news item:
 * kind, slug, title, lead, body, date, theme slugs. Each knowledge item: slug, title,
 * lead, body, date, theme slugs.
 */
final class DemoTexts {

	private DemoTexts() {
	}

	static final String LAUNCH = """
			Op een volle zaterdagmiddag in Ede was het zover: met een feestelijke show gingen we online met de \
			toolkit **Betrokken Buurten tegen eenzaamheid**. Bewoners, coaches en mensen van gemeenten en fondsen \
			kwamen kijken, luisteren en vooral: elkaar ontmoeten. Want daar gaat het in de toolkit om.

			## Wat er in de toolkit staat

			De toolkit is geen dik rapport, maar een verzameling korte artikelen. Elk artikel gaat over iets wat je \
			zelf in je straat of buurt kunt doen. Je leest hoe anderen het aanpakten, wat ze tegenkwamen en wat ze \
			de volgende keer anders zouden doen. Je kunt de toolkit online lezen, maar ook printen: per artikel, per \
			thema of helemaal, als boekje.

			- Hoe je buren leert kennen die je nog nooit gesproken hebt
			- Hoe je een plek maakt waar mensen vanzelf even blijven staan
			- Hoe je samenwerkt met de gemeente, de woningcorporatie en het welzijnswerk
			- Hoe je het volhoudt, ook als het een keer tegenzit

			## Verhalen uit de buurt

			In Breda woont een bewoner in een flat aan de Bredase Middellaan. Ze zag dat mensen elkaar in de lift \
			wel groetten, maar verder niet spraken. Dus zette ze op een ochtend koffie bij de lift. Dat werd de \
			**liftkoffie**: elke week een thermoskan, een paar bekers en een tafeltje. Inmiddels weten de bewoners \
			van elkaar wie er boodschappen kan doen en wie graag een praatje maakt.

			> "Ik dacht: ik zet gewoon koffie neer en kijk wie er stopt. Nu stopt bijna iedereen."

			In Zandweerd, een wijk in Deventer, gingen bewoners de straat op met een **bakfiets**. Er zit een \
			klaptafel in en een prikbord op. Waar de bakfiets staat, ontstaat een gesprek. Op het prikbord hangen \
			briefjes met vragen en aanbod: van "wie helpt mij met mijn tuin?" tot "ik heb soep over". De bakfiets \
			kon worden gekocht met steun van het Oranje Fonds.

			## Kaarten op de deurmat

			Om mensen nieuwsgierig te maken naar de toolkit, zijn er kaarten gemaakt: een setje van vijf \
			ansichtkaarten met een gedicht van **Justin Samgar**. Je stopt ze bij je buren in de bus, met een \
			uitnodiging voor een kop koffie of een wandeling. Zo begint een kennismaking soms met een gedicht.

			[Ja, ik wil wat kaartjes bestellen die ik in december binnen krijg](/bestellen/kaarten-justin-samgar)

			## Kijk de show terug

			Was je er niet bij? Bekijk hieronder de opname van de show in Ede.

			https://www.youtube.com/watch?v=BBtoolkit26

			## Met dank aan

			De toolkit is gemaakt door bewonersinitiatieven en hun coaches. Onder dit artikel staat wie het \
			werk mogelijk maakten.
			""";

	static final String[][] NEWS = { { "STORY", "soep-op-de-stoep", "Soep op de stoep in Tilburg-Noord",
			"Elke donderdag staat er een pan soep op de stoep van Ria. Wie langskomt, krijgt een kom en een praatje.",
			"""
					Het begon toen Ria te veel soep had gemaakt. Ze zette de pan buiten met een paar kommen \
					en een briefje: *pak maar*. Een uur later stonden er vijf buren op de stoep.

					## Elke week

					Nu is het elke donderdag. Buren brengen om de beurt brood mee. Er is een vaste groep, \
					maar er komen ook steeds nieuwe mensen bij.

					> "Je hoeft niks te zeggen. Je pakt een kom en je blijft staan. Meer is het niet."
					""", "2026-10-30", "eenzaamheid-verminderen" },
			{ "NEWS", "nieuwe-ronde-buurtbudget", "Nieuwe ronde buurtbudgetten voor kleine initiatieven",
					"Heb je een klein plan voor je straat? Vanaf januari kun je weer een buurtbudget aanvragen bij veel gemeenten.",
					"""
							Veel gemeenten openen in januari een nieuwe ronde voor buurtbudgetten. Het gaat vaak om \
							bedragen tot 1.500 euro, voor bijvoorbeeld een straatfeest, een moestuinbak of een \
							ontmoetingsplek.

							## Zo pak je het aan

							1. Kijk op de website van je gemeente of er een buurtbudget is.
							2. Schrijf in een paar zinnen op wat je wilt doen en met wie.
							3. Vraag twee of drie buren om mee te tekenen.

							Lukt het niet? Bel ons, dan denken we mee.
							""", "2026-10-12", "zelfbeheer" },
			{ "POSITION", "buurthuizen-open-houden", "Standpunt: houd buurthuizen open, ook als het geld krap is",
					"Een buurthuis dat dichtgaat, komt bijna nooit terug. Wij vinden dat gemeenten eerst met bewoners moeten praten.",
					"""
							Steeds vaker horen we dat een buurthuis dicht moet om geld te besparen. Wij begrijpen dat \
							gemeenten moeten kiezen. Maar een buurthuis is meer dan een gebouw: het is de plek waar \
							buren elkaar tegenkomen.

							## Wat wij vragen

							- Praat met de bewoners voordat je een besluit neemt.
							- Kijk of bewoners het gebouw zelf kunnen beheren.
							- Geef een initiatief de tijd om te laten zien wat het kan.
							""", "2026-09-18", "zelfbeheer", "buurtrechten" },
			{ "EXPLAINER", "wat-is-een-buurtcooperatie", "Uitleg: wat is een buurtcoöperatie?",
					"In een buurtcoöperatie regelen bewoners samen zaken voor hun buurt, van zorg tot energie. Zo werkt het.",
					"""
							Een buurtcoöperatie is een vereniging van bewoners die samen iets voor hun buurt doen. Ze \
							nemen bijvoorbeeld het groenonderhoud over, regelen vervoer voor ouderen of kopen samen \
							zonnepanelen in.

							## Waarom een coöperatie?

							Als coöperatie kun je afspraken maken met de gemeente of een woningcorporatie, en geld \
							ontvangen. De leden beslissen samen wat er gebeurt.

							| Vorm | Geschikt voor |
							|---|---|
							| Stichting | een klein bestuur dat alles regelt |
							| Vereniging | veel leden die meebeslissen |
							| Coöperatie | leden die samen iets ondernemen |
							""", "2026-08-27", "zelfbeheer", "zorg" },
			{ "NEWS", "energiecoaches-gezocht", "Energiecoaches gezocht voor de winter",
					"Help je buren hun energierekening omlaag te krijgen? In veel wijken zoeken ze nog energiecoaches.",
					"""
							De winter komt eraan en veel mensen maken zich zorgen over hun energierekening. \
							Energiecoaches gaan op bezoek en geven tips: van tochtstrips tot een lagere stand van de \
							cv-ketel.

							Je hoeft geen expert te zijn. Je krijgt een korte training en gaat samen met een ervaren \
							coach op pad.
							""", "2026-08-05", "inclusieve-energietransitie" },
			{ "STORY", "moestuin-achter-de-flat", "Een moestuin achter de flat",
					"Wat eerst een grasveld was, is nu een moestuin waar twintig buren samen groente kweken.", """
							Achter de flat lag een grasveld waar niemand kwam. Nu staan er bakken met tomaten, sla en \
							bonen. De woningcorporatie gaf toestemming, de gemeente betaalde de eerste zakken aarde.

							> "Ik woon hier dertig jaar. Nu ken ik eindelijk mijn bovenburen."

							Elke zaterdag is er een tuinochtend. Wie niet kan tuinieren, komt koffie drinken.
							""", "2026-06-20", "eenzaamheid-verminderen", "zelfbeheer" },
			{ "NEWS", "landelijke-ontmoetingsdag-2026", "Terugblik op de landelijke ontmoetingsdag",
					"Ruim driehonderd bewoners kwamen naar Utrecht om ervaringen te delen. Dit namen ze mee naar huis.",
					"""
							Op de landelijke ontmoetingsdag deelden bewoners wat goed ging en wat lastig was. In \
							werkplaatsen ging het over vrijwilligers vinden, geld aanvragen en samenwerken met de \
							gemeente.

							## Wat we hoorden

							- Begin klein en vier elk succes.
							- Zoek één vaste contactpersoon bij de gemeente.
							- Vraag mensen persoonlijk, niet alleen met een flyer.
							""", "2026-05-14", "zelfbeheer" },
			{ "EXPLAINER", "right-to-challenge-in-het-kort", "Uitleg: het Right to Challenge in het kort",
					"Met het Right to Challenge kunnen bewoners een taak van de gemeente overnemen. Wat betekent dat precies?",
					"""
							Het Right to Challenge betekent dat bewoners aan de gemeente laten zien dat zij een taak \
							beter, slimmer of goedkoper kunnen doen. Denk aan het onderhoud van een park of het \
							vervoer van ouderen naar de dagbesteding.

							Lukt dat, dan krijgen ze het budget dat de gemeente er anders aan kwijt was. Lees meer in \
							onze kennisbank.
							""", "2026-03-09", "buurtrechten" },
			{ "NEWS", "zorgcooperaties-groeien", "Steeds meer zorgcoöperaties op het platteland",
					"In dorpen regelen bewoners vaker zelf zorg en hulp. Het aantal zorgcoöperaties groeit.", """
							In veel dorpen verdwijnen voorzieningen. Bewoners laten het er niet bij zitten: ze \
							richten een zorgcoöperatie op. Vrijwilligers rijden mensen naar de huisarts, doen \
							boodschappen of komen gewoon even langs.

							Een betaalde dorpsondersteuner houdt het overzicht en weet wie er hulp nodig heeft.
							""", "2025-11-20", "zorg" },
			{ "STORY", "de-bank-voor-de-deur", "De bank voor de deur",
					"Henk zette een bank in zijn voortuin. Sindsdien komt de hele straat langs.", """
							Toen Henk met pensioen ging, zette hij een bank in zijn voortuin. "Voor wie even moe is," \
							zei hij. Nu zit er bijna altijd iemand.

							Kinderen op weg naar school zwaaien, een buurvrouw komt er haar krant lezen. Het is een \
							klein ding, maar het maakt de straat anders.
							""", "2025-09-02", "eenzaamheid-verminderen" },
			{ "POSITION", "energiearmoede-samen-aanpakken", "Standpunt: pak energiearmoede samen met bewoners aan",
					"Wie weinig geld heeft, woont vaak in een slecht geïsoleerd huis. Bewoners weten zelf het best wat helpt.",
					"""
							De energietransitie mag niet alleen iets zijn voor mensen met een eigen huis en spaargeld. \
							Wij vinden dat gemeenten en woningcorporaties bewoners vanaf het begin moeten betrekken.

							Buurtinitiatieven bereiken mensen die een brief van de gemeente nooit openen. Geef ze \
							daarom een rol en een budget.
							""", "2025-06-11", "inclusieve-energietransitie" },
			{ "NEWS", "nieuwe-website-netwerk", "Onze nieuwe website is er",
					"Alles van het netwerk nu op één plek: nieuws, kennis en materiaal om te bestellen.", """
							We hebben een nieuwe website. Je vindt er het nieuws uit het netwerk, de kennisbank en \
							straks ook de agenda en de ledenlijst.

							De website werkt ook op een oude telefoon en je kunt alles printen. Mis je iets? Laat \
							het ons weten.
							""", "2025-03-03" },
			{ "NEWS", "fondsen-voor-bewonersinitiatieven", "Vijf fondsen die bewonersinitiatieven steunen",
					"Zoek je geld voor je plan? Deze fondsen steunen vaak kleine initiatieven in de buurt.", """
							Er zijn veel fondsen die kleine buurtinitiatieven steunen. Kijk goed naar de voorwaarden: \
							sommige fondsen willen dat je een stichting of vereniging bent.

							- Het Oranje Fonds steunt sociale initiatieven in heel Nederland.
							- Het VSBfonds helpt mensen om mee te doen.
							- Het RCOAK steunt projecten rond zorg en welzijn.
							- Veel gemeenten hebben een eigen buurtbudget.
							- Lokale fondsen zijn vaak het makkelijkst te benaderen.
							""", "2024-10-15", "zelfbeheer" } };

	static final String[][] KNOWLEDGE = { { "sdgs-voor-bewonersinitiatieven", "SDG's voor bewonersinitiatieven",
			"De doelen voor duurzame ontwikkeling van de Verenigde Naties gaan ook over jouw buurt. Zo gebruik je ze.",
			"""
					De Verenigde Naties hebben zeventien doelen opgesteld voor een betere wereld: de \
					Sustainable Development Goals, kortweg SDG's. Ze gaan over armoede, gezondheid, \
					energie, gelijkheid en nog veel meer.

					## Wat heeft jouw buurt ermee te maken?

					Meer dan je denkt. Een moestuin draagt bij aan gezond eten. Een energiecoach helpt tegen \
					armoede. Een buurthuis waar iedereen welkom is, maakt de buurt eerlijker.

					## Zo gebruik je de SDG's

					- Laat zien aan welke doelen jouw initiatief bijdraagt. Dat helpt bij een aanvraag.
					- Zoek andere initiatieven die aan hetzelfde doel werken.
					- Praat met je gemeente: veel gemeenten hebben de SDG's omarmd.
					""", "2026-07-01", "zelfbeheer", "inclusieve-energietransitie" },
			{ "evaluatie-r2c-rotterdam", "Evaluatie R2C in Rotterdam – oefenen in bescheidenheid",
					"Rotterdam werkte jaren met het Right to Challenge. Wat leerden bewoners en ambtenaren ervan?", """
							Rotterdam was een van de eerste gemeenten die het Right to Challenge (R2C) een vaste plek \
							gaf. Bewoners namen taken over, zoals het beheer van een speeltuin of het schoonhouden \
							van de buurt.

							## Wat ging goed

							Bewoners lieten zien dat ze veel kunnen. Ze kenden de buurt en wisten wat nodig was.

							## Wat was lastig

							De regels van de gemeente pasten niet altijd bij een groep vrijwilligers. Het kostte veel \
							tijd om afspraken te maken.

							> "Het was oefenen in bescheidenheid. Voor de gemeente, maar ook voor ons."

							## Wat je ervan leert

							Begin met een kleine taak. Maak duidelijke afspraken over geld en verantwoording. En blijf \
							met elkaar in gesprek, ook als het schuurt.
							""", "2026-04-16", "buurtrechten" },
			{ "right-to-challenge-op-zn-rotterdams", "Right to Challenge 'op z'n Rotterdams'",
					"Hoe pakte Rotterdam het Right to Challenge aan? Een kijkje in de keuken, met voorbeelden uit de wijken.",
					"""
							In Rotterdam heet het Right to Challenge gewoon "het uitdaagrecht". Bewoners dagen de \
							gemeente uit: wij kunnen dit beter.

							## Voorbeelden

							- Bewoners van een wijk namen het groenonderhoud over en huurden zelf een hovenier in.
							- Een buurthuis regelde zelf de maaltijden voor ouderen, in plaats van een groot bedrijf.
							- Een sportclub kreeg het beheer van de velden.

							## Zo werkt het

							1. Bewoners dienen een plan in.
							2. De gemeente kijkt of het plan beter of goedkoper is.
							3. Is dat zo, dan krijgen de bewoners de taak en het geld.
							""", "2025-12-04", "buurtrechten" },
			{ "zo-start-je-een-koffieochtend", "Zo start je een koffieochtend",
					"Een koffieochtend is een makkelijke manier om buren te leren kennen. Dit heb je nodig.", """
							Je hebt niet veel nodig: een ruimte, koffie en thee, en een paar mensen die het leuk \
							vinden om gastheer of gastvrouw te zijn.

							## Tips

							- Kies een vaste dag en tijd. Dan weten mensen waar ze aan toe zijn.
							- Nodig mensen persoonlijk uit. Een briefje in de bus werkt beter dan een poster.
							- Zorg dat er iemand bij de deur staat om mensen welkom te heten.
							""", "2026-02-10", "eenzaamheid-verminderen" },
			{ "buren-betrekken-die-je-nog-niet-kent", "Buren betrekken die je nog niet kent",
					"Je wilt graag dat meer buren meedoen, maar hoe bereik je mensen die je nooit ziet?", """
							Sommige buren zie je bijna nooit. Ze werken veel, zijn slecht ter been of spreken de taal \
							nog niet goed. Toch willen ze vaak best meedoen.

							## Wat werkt

							- Ga langs de deuren, met z'n tweeën.
							- Vraag niet "wil je meedoen?", maar "wat vind jij belangrijk in de straat?"
							- Maak het klein: een kop koffie, een wandeling, een klusje.
							""", "2025-10-08", "eenzaamheid-verminderen" },
			{ "een-buurthuis-in-zelfbeheer", "Een buurthuis in zelfbeheer: waar begin je?",
					"Wil je met bewoners een buurthuis overnemen? Deze stappen helpen je op weg.", """
							Een buurthuis in zelfbeheer wordt gerund door bewoners. Zij bepalen wat er gebeurt en \
							zorgen dat de deur open is.

							## De eerste stappen

							1. Zoek een groep van minstens vijf mensen die mee willen doen.
							2. Richt een stichting of vereniging op.
							3. Maak afspraken met de eigenaar van het gebouw over huur en onderhoud.
							4. Maak een begroting: wat kost het en waar komt het geld vandaan?
							""", "2025-08-19", "zelfbeheer" },
			{ "samenwerken-met-de-huisarts", "Samenwerken met de huisarts en de wijkverpleging",
					"Als bewonersinitiatief kun je veel betekenen voor mensen die zorg krijgen. Zo leg je contact.", """
							Huisartsen en wijkverpleegkundigen zien vaak mensen die behoefte hebben aan contact. Zij \
							kunnen mensen naar jouw initiatief verwijzen.

							Stel je voor bij de praktijk, neem een folder mee en vertel in twee zinnen wat je doet. \
							Vraag wie je vaste contactpersoon kan zijn.
							""", "2025-05-27", "zorg" },
			{ "samen-energie-besparen-in-de-straat", "Samen energie besparen in de straat",
					"Met een paar buren samen aan de slag: zo bespaar je energie en leer je elkaar kennen.", """
							Energie besparen is makkelijker samen. Organiseer een klusdag waarop buren elkaar helpen \
							met radiatorfolie, tochtstrips en ledlampen.

							| Maatregel | Kosten | Besparing per jaar |
							|---|---|---|
							| Tochtstrips | ongeveer 20 euro | tot 100 euro |
							| Radiatorfolie | ongeveer 15 euro | tot 40 euro |
							| Ledlampen | ongeveer 30 euro | tot 80 euro |
							""", "2025-02-12", "inclusieve-energietransitie" },
			{ "vrijwilligers-vinden-en-houden", "Vrijwilligers vinden en houden",
					"Zonder vrijwilligers geen initiatief. Hoe vind je mensen, en hoe zorg je dat ze blijven?", """
							De meeste mensen worden vrijwilliger omdat iemand het ze persoonlijk vraagt. Vraag dus \
							gericht: "Jij kunt goed koken, wil je een keer meehelpen?"

							## Zo blijven ze

							- Zeg vaak dank je wel.
							- Geef mensen een taak die bij ze past.
							- Zorg dat het ook gezellig is.
							""", "2024-11-05", "zelfbeheer", "zorg" } };

}
