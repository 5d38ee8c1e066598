package nl.bewonersplein.toolkit;

import java.util.List;

import nl.bewonersplein.toolkit.ToolkitDemo.DemoArticle;
import nl.bewonersplein.toolkit.ToolkitDemo.DemoChapter;

/**
 * The texts of the demo toolkit, written by the Bewonersplein team in plain Dutch.
 */
final class DemoToolkitTexts {

	private DemoToolkitTexts() {
	}

	static final List<DemoChapter> CHAPTERS = List.of(new DemoChapter("Buren leren kennen",
			"Alles begint met weten wie er naast je woont. In dit hoofdstuk lees je hoe je op een gewone manier kennismaakt.",
			List.of(new DemoArticle("begin-bij-je-eigen-portiek", "Begin bij je eigen portiek",
					"Je hoeft niet de hele wijk te kennen. Begin bij de mensen die het dichtst bij je wonen.", """
							## Klein beginnen werkt

							Veel mensen denken dat je iets groots moet opzetten om buren te leren kennen. Dat \
							hoeft niet. Begin bij je eigen portiek, je eigen galerij of je eigen straatje. Daar \
							kom je elke dag langs, en daar zie je dezelfde gezichten.

							## Zo pak je het aan

							- Groet iedereen die je tegenkomt, ook als je geen antwoord krijgt.
							- Stel jezelf voor: "Ik ben Fatima, ik woon op nummer 12."
							- Onthoud een naam en gebruik die de volgende keer.
							- Bel eens aan met een kleinigheid, zoals een stuk taart of een kaartje.

							## Geef het tijd

							Niet iedereen reageert meteen enthousiast. Dat is normaal. Sommige mensen hebben \
							even nodig om je te vertrouwen. Blijf vriendelijk groeten. Vaak komt het gesprek na \
							een paar weken vanzelf.
							"""),
					new DemoArticle("een-praatje-is-een-begin", "Een praatje is al een begin",
							"Een kort gesprek over het weer lijkt niks. Toch is het vaak het begin van echt contact.",
							"""
									## Kleine gesprekken tellen

									Een praatje bij de brievenbus of bij de bakker duurt maar een minuut. Toch doet \
									het veel. Mensen voelen zich gezien. En wie elkaar vaker spreekt, durft ook \
									sneller iets te vragen.

									## Tips voor een goed praatje

									- Begin over iets wat je allebei ziet: de plantjes, het weer, de nieuwe bankjes.
									- Stel een open vraag: "Hoe lang woont u hier al?"
									- Luister echt, en vertel ook iets over jezelf.
									- Sluit af met iets vriendelijks: "Fijn u even te spreken."

									> "Ik sprak mijn buurman elke ochtend bij de vuilnisbak. Na een half jaar \
									vroeg hij of ik zijn kat wilde voeren. Nu drinken we elke week koffie."
									"""),
					new DemoArticle("maak-een-buurtkaart", "Maak samen een buurtkaart",
							"Op een buurtkaart zie je wie er woont, wat mensen kunnen en wat ze leuk vinden.", """
									## Wat is een buurtkaart?

									Een buurtkaart is een eenvoudige plattegrond van je straat of flat. Je zet er \
									samen met buren op wat er te vinden is: wie graag kookt, wie kan klussen, waar \
									je elkaar tegenkomt. Zo zie je in één keer hoeveel er al is.

									## Zo maak je hem

									1. Teken de straat of het gebouw op een groot vel papier.
									2. Hang het op een plek waar veel mensen langskomen.
									3. Vraag buren om er iets op te zetten: een talent, een wens, een tip.
									4. Zet alleen namen op de kaart als mensen dat zelf willen.

									## Wat levert het op?

									Mensen raken al pratend aan de kaart met elkaar in gesprek. En je ontdekt \
									talenten die je niet kende. De buurman die nooit iets zegt, blijkt een \
									geweldige fietsenmaker te zijn.
									"""))),
			new DemoChapter("Contact gaat voor activiteit",
					"Een activiteit is een middel, geen doel. Het gaat om de mensen die elkaar leren kennen.",
					List.of(new DemoArticle("contact-doet-meer-dan-activiteit",
							"Waarom persoonlijk contact meer doet dan een activiteit",
							"Een volle zaal is mooi, maar wat telt is of mensen elkaar daarna nog zien.", """
									## Meer dan een volle agenda

									Veel initiatieven organiseren een bingo, een lunch of een uitje. Dat is fijn. \
									Maar na afloop gaat iedereen weer naar huis, en de week erna is het stil. Wat \
									echt verschil maakt, is het contact tussen mensen, ook buiten de activiteit.

									## Waar let je op?

									- Zorg dat mensen elkaar bij naam leren kennen.
									- Geef tijd om te praten, niet alleen om te doen.
									- Vraag aan het eind: "Wie ziet elkaar deze week nog?"
									- Let op wie alleen zit, en stel diegene voor aan een ander.

									## Een activiteit als startpunt

									Zie een activiteit als een eerste ontmoeting. Het echte werk begint daarna: \
									een telefoontje, een bezoekje, samen boodschappen doen.
									"""),
							new DemoArticle("nodig-mensen-persoonlijk-uit", "Nodig mensen persoonlijk uit",
									"Een folder in de bus wordt vaak weggegooid. Een uitnodiging aan de deur niet.", """
											## Waarom een folder vaak niet werkt

											Een folder is snel gemaakt, maar veel mensen lezen hem niet. En wie \
											twijfelt, blijft thuis. Een persoonlijke uitnodiging voelt anders: iemand \
											heeft aan je gedacht.

											## Zo nodig je persoonlijk uit

											- Bel aan en vertel kort wat er is en waarom je aan diegene denkt.
											- Bied aan om samen te gaan: "Ik kom je om half drie halen."
											- Laat een kaartje achter met de datum en je naam.
											- Vraag een dag van tevoren nog even of het lukt.

											## Nee is ook een antwoord

											Niet iedereen wil meedoen. Dat is goed. Vraag of je een andere keer weer \
											mag aanbellen. Vaak is het contact aan de deur al waardevol.
											"""),
							new DemoArticle("eerst-luisteren-dan-organiseren", "Eerst luisteren, dan organiseren",
									"Vraag je buren wat zij willen voordat je iets bedenkt. Dan komen ze ook.", """
											## Vraag het je buren

											Het is verleidelijk om meteen een plan te maken. Maar wat jij leuk \
											vindt, hoeft een ander niet leuk te vinden. Ga daarom eerst in gesprek. \
											Vraag waar mensen behoefte aan hebben, en wat ze zelf willen bijdragen.

											## Goede vragen

											- Wat vind je fijn aan deze buurt?
											- Wat mis je?
											- Wat zou je zelf willen doen of leren?
											- Wie zou je graag beter leren kennen?

											## Doe er iets mee

											Schrijf op wat je hoort en laat zien wat je ermee doet. Mensen merken dan \
											dat hun mening telt. Dat is de beste uitnodiging om mee te doen.
											"""))),
			new DemoChapter("Laagdrempelige ideeën",
					"Kleine ideeën die weinig kosten en waar iedereen zomaar aan mee kan doen.",
					List.of(new DemoArticle("koffie-bij-de-lift", "Koffie bij de lift",
							"In een flat komt iedereen langs de lift. Een goede plek voor een kop koffie.", """
									## Het idee

									Zet op een vaste ochtend een tafeltje met koffie en thee bij de lift of in de \
									hal. Wie langskomt, kan even blijven staan. Er is geen programma en je hoeft je \
									niet op te geven.

									## Wat heb je nodig?

									- Een klaptafel en een paar stoelen.
									- Twee thermoskannen, bekers en wat koekjes.
									- Toestemming van de verhuurder of de beheerder.
									- Een briefje in de lift: "Elke dinsdag om 10 uur koffie bij de lift."

									## Waarom het werkt

									Je hoeft nergens heen. Je kunt even blijven of doorlopen. Daardoor komen ook \
									mensen die nooit naar een buurthuis gaan. Na een paar weken weten mensen elkaars \
									naam, en ontstaan er afspraken vanzelf.
									"""),
							new DemoArticle("de-buurtbakfiets", "De buurtbakfiets met tafel en prikbord",
									"Een bakfiets met een tafel en een prikbord brengt de ontmoeting naar de straat.",
									"""
											## Het idee

											Een bakfiets met een klaptafel, een paar krukjes en een prikbord. Je \
											fietst naar een plein, een speeltuin of een straathoek en zet alles neer. \
											Binnen vijf minuten heb je een plek om elkaar te ontmoeten.

											## Het prikbord

											Op het prikbord hangen buren vragen en aanbod: "Wie wil er samen \
											wandelen?", "Ik kan helpen met formulieren." Zo leren mensen elkaar \
											kennen via wat ze kunnen en zoeken.

											## Tips

											- Kies steeds dezelfde tijd en plek, zodat mensen weten waar je bent.
											- Neem iets te drinken mee, en iets voor kinderen.
											- Maak een foto van het prikbord, zodat de vragen niet verloren gaan.
											"""),
							new DemoArticle("een-bankje-voor-de-deur", "Een bankje voor de deur",
									"Een bankje voor je huis nodigt voorbijgangers uit om even te blijven.", """
											## Zitten en zien

											Vroeger zaten mensen op een stoel voor de deur. Dat leverde veel \
											praatjes op. Een bankje voor je huis of in de gang doet hetzelfde. Wie \
											zit, heeft tijd. En wie langsloopt, gaat er makkelijk even bij zitten.

											## Zo begin je

											- Vraag of je een bankje mag neerzetten, bijvoorbeeld bij de gemeente.
											- Zet er een bordje bij: "Ga gerust even zitten."
											- Spreek met een paar buren af dat jullie er om de beurt zitten.

											Het kost bijna niets, en het maakt de straat gezelliger voor iedereen.
											"""))),
			new DemoChapter("Samenwerken met coaches en professionals",
					"Je hoeft het niet alleen te doen. Buurtcoaches en professionals in de wijk helpen je graag.",
					List.of(new DemoArticle("wat-een-buurtcoach-doet", "Wat een buurtcoach voor je kan doen",
							"Een buurtcoach denkt mee, kent de wijk en helpt je verder als het even niet lukt.", """
									## Wie is de buurtcoach?

									Een buurtcoach werkt vaak bij een welzijnsorganisatie. Hij of zij helpt \
									bewoners die iets willen doen voor hun buurt. De coach neemt het werk niet over, \
									maar denkt mee en opent deuren.

									## Waarmee helpt een coach?

									- Met het vinden van een ruimte of een klein budget.
									- Met contacten bij de gemeente en andere organisaties.
									- Met advies als er iets lastig is in de groep.
									- Met het bereiken van buren die je zelf niet goed kent.

									## Hoe vind je een coach?

									Vraag bij het buurthuis, de gemeente of het welzijnswerk in je wijk. Of bel ons: \
									we helpen je op weg.
									"""),
							new DemoArticle("samenwerken-met-de-wijk",
									"Samenwerken met huisarts, wijkverpleging en sociaal team",
									"Professionals in de wijk zien wie weinig contact heeft. Samen bereik je meer.",
									"""
											## Zij kennen de buurt ook

											De huisarts, de wijkverpleegkundige en het sociaal wijkteam komen bij \
											veel mensen thuis. Ze merken wie weinig bezoek krijgt. Als zij weten wat \
											jullie initiatief doet, kunnen ze mensen naar jullie doorverwijzen.

											## Zo maak je contact

											- Maak een kort overzicht van wat jullie doen, met een naam en telefoonnummer.
											- Vraag of je even langs mag komen bij een teamoverleg.
											- Spreek af hoe jullie elkaar op de hoogte houden.

											## Let op privacy

											Professionals mogen niet zomaar gegevens van mensen delen. Vraag daarom \
											of zij mensen zelf wijzen op jullie initiatief, of vragen of het goed is \
											dat jullie even bellen.
											"""),
							new DemoArticle("afspraken-die-werken", "Afspraken die werken",
									"Goede afspraken met organisaties voorkomen teleurstelling aan beide kanten.", """
											## Duidelijk is prettig

											Bewoners en professionals werken op een andere manier. Bewoners doen het \
											in hun vrije tijd, professionals in hun werktijd. Dat gaat goed als je \
											duidelijk afspreekt wie wat doet.

											## Waar maak je afspraken over?

											- Wie is het vaste aanspreekpunt, aan beide kanten?
											- Wat doen de bewoners, en wat doet de organisatie?
											- Hoe vaak spreek je elkaar, en hoe?
											- Wat doe je als iemand zich zorgen maakt over een buur?

											Schrijf de afspraken kort op en kijk er na een half jaar samen naar.
											"""))),
			new DemoChapter("Vrijwilligers en blijvend contact",
					"Hoe houd je het vol, en hoe groeit een eerste ontmoeting uit tot contact dat blijft?",
					List.of(new DemoArticle("vrijwilligers-blijven-enthousiast", "Zo blijven vrijwilligers enthousiast",
							"Vrijwilligers blijven als ze plezier hebben, gezien worden en niet te veel hoeven.", """
									## Plezier voorop

									Mensen doen vrijwilligerswerk omdat ze het leuk vinden en iets willen \
									betekenen. Als het te zwaar wordt, haken ze af. Let daarom goed op elkaar.

									## Tips

									- Verdeel het werk over meer mensen, zodat niemand alles alleen doet.
									- Vraag regelmatig hoe het gaat, en luister naar het antwoord.
									- Laat mensen kiezen wat bij ze past: koffie zetten, bellen of organiseren.
									- Zeg vaak dank je wel, en niet alleen met woorden.

									## Stoppen mag

									Het is goed als iemand een tijdje stopt. Houd wel contact. Veel mensen komen \
									later graag terug.
									"""),
							new DemoArticle("van-ontmoeting-naar-vast-contact",
									"Van eenmalige ontmoeting naar blijvend contact",
									"Een gezellige middag is een begin. Zo zorg je dat mensen elkaar daarna blijven zien.",
									"""
											## Het gaat om de week erna

											Na een geslaagde bijeenkomst is iedereen blij. Maar zonder vervolg zakt \
											het contact weer weg. Denk daarom van tevoren na over de volgende stap.

											## Zo maak je er iets blijvends van

											- Spreek een vaste dag en tijd af, bijvoorbeeld elke eerste woensdag.
											- Koppel mensen aan elkaar die dichtbij wonen.
											- Vraag wie er iets samen wil blijven doen: wandelen, koken, kaarten.
											- Bel mensen op die er de vorige keer wel waren en nu niet.

											## Klein en vaak

											Een kort bezoekje elke week doet meer dan een groot feest één keer per \
											jaar. Vaste momenten geven houvast.
											"""),
							new DemoArticle("maatjes-en-vaste-afspraken", "Maatjes en vaste afspraken",
									"Twee buren die elkaar elke week zien: eenvoudig, en het werkt.", """
											## Wat is een maatje?

											Een maatje is een buur met wie je regelmatig iets doet. Samen koffie \
											drinken, een wandeling maken, naar de markt gaan. Het is geen zorg, \
											maar gewoon gezelschap.

											## Zo koppel je maatjes

											- Vraag naar interesses: wie houdt van tuinieren, wie van puzzelen?
											- Zorg dat ze dicht bij elkaar wonen, dan is het makkelijk.
											- Spreek een proeftijd af van een paar weken.
											- Vraag daarna aan allebei hoe het gaat.

											Soms klikt het niet. Dat is niemands schuld. Probeer dan een andere \
											combinatie.
											"""),
							new DemoArticle("vier-wat-goed-gaat", "Vier wat goed gaat",
									"Stil staan bij wat gelukt is, geeft energie om door te gaan.", """
											## Successen zien

											In het dagelijkse werk vergeet je snel wat er allemaal gelukt is. Terwijl \
											dat juist energie geeft. Neem daarom af en toe de tijd om terug te kijken.

											## Zo vier je het

											- Vertel elkaar verhalen: wie heeft er iemand nieuw leren kennen?
											- Maak een fotoboek of een prikbord met mooie momenten.
											- Nodig de buurt uit voor een feestje, ook mensen die nog niet meedoen.
											- Bedank de mensen die het mogelijk maakten.

											Een feestje is ook een mooie kans om nieuwe buren uit te nodigen. Zo \
											begint het weer opnieuw.
											"""))));

}
