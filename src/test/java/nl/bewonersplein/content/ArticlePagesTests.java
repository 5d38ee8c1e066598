package nl.bewonersplein.content;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import nl.bewonersplein.Http;
import nl.bewonersplein.SiteTest;
import nl.bewonersplein.SqlStatements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What visitors, crawlers and feed readers get from the article pages, lists, feeds and
 * the sitemap.
 */
@SiteTest
class ArticlePagesTests {

	static final String LAUNCH = "/nieuws/" + ArticleDemo.LAUNCH;

	@LocalServerPort
	int port;

	@Autowired
	ArticleRepository articles;

	@Autowired
	ThemeRepository themes;

	@Autowired
	SupporterRepository supporters;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Clock clock;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@Test
	void theModelPageShowsEveryPart() {
		HttpResponse<String> response = this.http.get(LAUNCH);
		assertThat(response.statusCode()).isEqualTo(200);
		String html = response.body();
		assertThat(html).contains("<h1>De toolkit Betrokken Buurten tegen eenzaamheid staat online</h1>",
				"<time datetime=\"2026-11-24\">24/11/2026</time>", "<span class=\"label\">Nieuws</span>",
				"<p class=\"lead\">Twee jaar lang", "<h2>Verhalen uit de buurt</h2>", "<blockquote>", "<li>Hoe je");
		assertThat(html).as("video placeholder, no player before a click")
			.contains("data-video=\"https://www.youtube-nocookie.com/embed/", "Bekijk de video op YouTube",
					"Speel de video hier af")
			.doesNotContain("<iframe");
		assertThat(html).as("call to action").contains("class=\"callout cta\"");
		assertThat(html).as("acknowledgements")
			.contains("Mogelijk gemaakt door", "<a href=\"https://www.vsbfonds.nl\">VSBfonds</a>", "Oranje Fonds</a>",
					"RCOAK</a>", "Ministerie van Volksgezondheid, Welzijn en Sport</a>", "Movisie</a>",
					"Fontys Hogescholen</a>");
		assertThat(html).as("share and print")
			.contains("href=\"mailto:?subject=", "href=\"https://wa.me/?text=", "data-print");
		assertThat(html).as("related blocks").contains("Gerelateerd nieuws", "Uit de kennisbank", "Lees meer");
		String knowledge = html.split("id=\"content-related-knowledge\"")[1].split("</section>")[0];
		assertThat(knowledge).as("the pinned knowledge articles are in their block")
			.contains("href=\"/kennis/zo-start-je-een-koffieochtend\"",
					"href=\"/kennis/buren-betrekken-die-je-nog-niet-kent\"");
		assertThat(knowledge.indexOf("href=\"/kennis/")).as("a pinned knowledge article comes first in its block")
			.isEqualTo(Math.min(knowledge.indexOf("href=\"/kennis/zo-start-je-een-koffieochtend\""),
					knowledge.indexOf("href=\"/kennis/buren-betrekken-die-je-nog-niet-kent\"")));
		assertThat(html.split("id=\"content-related-news\"")[1].split("</section>")[0]).as("never itself")
			.doesNotContain("href=\"" + LAUNCH + "\"");
		assertThat(html).as("head metadata")
			.contains("<link rel=\"canonical\" href=\"" + base() + LAUNCH + "\">",
					"<meta property=\"og:type\" content=\"article\">", "<meta name=\"twitter:card\"",
					"<script type=\"application/ld+json\">", "\"@type\":\"NewsArticle\"",
					"\"@type\":\"BreadcrumbList\"", "\"@type\":\"Organization\"");
		assertThat(response.headers().firstValue("Last-Modified")).isPresent();
		assertThat(response.headers().firstValue("ETag")).isPresent();
		assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
			.contains("frame-src https://www.youtube-nocookie.com https://player.vimeo.com;");
	}

	@Test
	void theArticlePageRunsABoundedNumberOfStatementsWhateverTheNumberOfArticles() {
		SqlStatements.Measured first = SqlStatements.warm(this.http, LAUNCH);
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.statements()).as("statements for the article page").isPositive().isLessThanOrEqualTo(10);

		List<Long> extra = new ArrayList<>();
		try {
			this.transaction.executeWithoutResult((status) -> {
				for (int i = 0; i < 25; i++) {
					Article article = new Article((i % 2 == 0) ? ArticleKind.NEWS : ArticleKind.KNOWLEDGE,
							"extra-stats-" + i, "Extra " + i, "Lead " + i, "Tekst", this.clock.instant());
					article.getThemes().addAll(this.themes.findAll());
					article.getSupporters().addAll(this.supporters.findAll());
					article.publish(this.clock.instant().minus(Duration.ofMinutes(i + 1)));
					extra.add(this.articles.save(article).getId());
				}
			});
			SqlStatements.Measured after = SqlStatements.get(this.http, LAUNCH);
			assertThat(after.body()).as("the new articles show up in the related blocks")
				.contains("Extra 0", "Extra 1");
			assertThat(after.statements()).as("statements for the article page with 25 more articles")
				.isEqualTo(first.statements());

			for (String path : List.of("/nieuws", "/kennis", "/thema/eenzaamheid-verminderen",
					"/kennis/extra-stats-1")) {
				SqlStatements.Measured page = SqlStatements.get(this.http, path);
				assertThat(page.status()).as(path).isEqualTo(200);
				assertThat(page.statements()).as("statements for " + path).isPositive().isLessThanOrEqualTo(10);
			}
		}
		finally {
			this.articles.deleteAllById(extra);
		}
	}

	@Test
	void draftsAndFutureArticlesAreNotFoundAndNotListed() throws Exception {
		Long id = this.transaction.execute((status) -> this.articles
			.save(new Article(ArticleKind.NEWS, "nog-geheim-concept", "Nog geheim", "Concept", "Tekst",
					this.clock.instant()))
			.getId());
		try {
			assertThat(this.http.get("/nieuws/nog-geheim-concept").statusCode()).isEqualTo(404);
			assertThat(this.http.get("/nieuws").body()).doesNotContain("Nog geheim");
			assertThat(sitemap()).doesNotContain(base() + "/nieuws/nog-geheim-concept");
			assertThat(this.http.get("/nieuws/feed.rss").body()).doesNotContain("Nog geheim");

			publish(id, this.clock.instant().plus(Duration.ofDays(2)));
			assertThat(this.http.get("/nieuws/nog-geheim-concept").statusCode()).as("scheduled").isEqualTo(404);

			publish(id, this.clock.instant().minusSeconds(5));
			assertThat(this.http.get("/nieuws/nog-geheim-concept").statusCode()).isEqualTo(200);
			assertThat(this.http.get("/kennis/nog-geheim-concept").statusCode()).as("the right section").isEqualTo(301);
			assertThat(sitemap()).contains(base() + "/nieuws/nog-geheim-concept");
		}
		finally {
			this.articles.deleteById(id);
		}
		assertThat(this.http.get("/nieuws/nog-geheim-concept").statusCode()).isEqualTo(404);
	}

	private void publish(Long id, Instant at) {
		this.transaction.executeWithoutResult((status) -> this.articles.findById(id).orElseThrow().publish(at));
	}

	@Test
	void theSitemapListsEveryPublishedPageAndNothingElse() throws Exception {
		Set<String> listed = sitemap();
		Set<String> expected = new HashSet<>();
		this.transaction.executeWithoutResult((status) -> {
			this.articles.findAll()
				.stream()
				.filter((article) -> article.isPublished(this.clock.instant()))
				.forEach((article) -> expected.add(base() + article.getUrl()));
			this.themes.findAll().forEach((theme) -> expected.add(base() + theme.getUrl()));
		});
		assertThat(listed).containsAll(expected).contains(base() + "/over-ons", base() + "/nieuws", base() + "/kennis");
		for (String url : listed) {
			assertThat(this.http.get(url.substring(base().length())).statusCode()).as(url).isEqualTo(200);
		}
		assertThat(this.http.get("/robots.txt").body()).contains("Sitemap: " + base() + "/sitemap.xml",
				"Disallow: /admin");
	}

	/** The address the test's requests come in on, which absolute links use. */
	private String base() {
		return "http://localhost:" + this.port;
	}

	private Set<String> sitemap() throws Exception {
		HttpResponse<String> response = this.http.get("/sitemap.xml");
		assertThat(response.statusCode()).isEqualTo(200);
		Document xml = parse(response.body());
		assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
		Set<String> locs = new HashSet<>();
		NodeList nodes = xml.getElementsByTagNameNS("*", "loc");
		for (int i = 0; i < nodes.getLength(); i++) {
			locs.add(nodes.item(i).getTextContent());
		}
		return locs;
	}

	@Test
	void rssFeedsAreValidRss2() throws Exception {
		for (String path : List.of("/nieuws/feed.rss", "/thema/eenzaamheid-verminderen/feed.rss")) {
			HttpResponse<String> response = this.http.get(path);
			assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/rss+xml");
			Document xml = parse(response.body());
			Element rss = xml.getDocumentElement();
			assertThat(rss.getTagName()).isEqualTo("rss");
			assertThat(rss.getAttribute("version")).isEqualTo("2.0");
			Element channel = only(rss, "channel");
			for (String required : List.of("title", "link", "description")) {
				assertThat(only(channel, required).getTextContent()).as(required).isNotBlank();
			}
			NodeList items = channel.getElementsByTagName("item");
			assertThat(items.getLength()).as(path).isGreaterThan(0);
			for (int i = 0; i < items.getLength(); i++) {
				Element item = (Element) items.item(i);
				assertThat(only(item, "title").getTextContent()).isNotBlank();
				assertThat(only(item, "link").getTextContent()).startsWith(base() + "/nieuws/");
				ZonedDateTime.parse(only(item, "pubDate").getTextContent(), DateTimeFormatter.RFC_1123_DATE_TIME);
			}
		}
		assertThat(this.http.get("/nieuws/feed.rss").body()).contains("De toolkit Betrokken Buurten");
		assertThat(this.http.get("/thema/bestaat-niet/feed.rss").statusCode()).isEqualTo(404);
	}

	@Test
	void rssDescriptionsCarryNoMarkup() throws Exception {
		String summary = "Kijk <img src=x onerror=alert(1)> & <b>lees</b>";
		Long id = this.transaction.execute((status) -> this.articles
			.save(new Article(ArticleKind.NEWS, "opmaak-in-samenvatting-" + System.nanoTime(),
					"Opmaak in de samenvatting", summary, "Tekst", this.clock.instant()))
			.getId());
		try {
			publish(id, this.clock.instant().minusSeconds(5));
			NodeList items = parse(this.http.get("/nieuws/feed.rss").body()).getElementsByTagName("item");
			String description = null;
			for (int i = 0; i < items.getLength(); i++) {
				Element item = (Element) items.item(i);
				if (only(item, "title").getTextContent().equals("Opmaak in de samenvatting")) {
					description = only(item, "description").getTextContent();
				}
			}
			// A reader that treats the description as HTML gets the text back, no
			// element.
			assertThat(description).isEqualTo("Kijk &lt;img src=x onerror=alert(1)&gt; &amp; &lt;b&gt;lees&lt;/b&gt;");
			assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(description)).isEqualTo(summary);
		}
		finally {
			this.articles.deleteById(id);
		}
	}

	@Test
	void atomFeedsAreValidAtom() throws Exception {
		for (String path : List.of("/nieuws/feed.atom", "/thema/zelfbeheer/feed.atom")) {
			Document xml = parse(this.http.get(path).body());
			Element feed = xml.getDocumentElement();
			assertThat(feed.getLocalName()).isEqualTo("feed");
			assertThat(feed.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
			for (String required : List.of("id", "title", "updated")) {
				assertThat(onlyNs(feed, required).getTextContent()).as(required).isNotBlank();
			}
			Instant.parse(onlyNs(feed, "updated").getTextContent());
			NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
			assertThat(entries.getLength()).isGreaterThan(0);
			for (int i = 0; i < entries.getLength(); i++) {
				Element entry = (Element) entries.item(i);
				assertThat(onlyNs(entry, "id").getTextContent()).isNotBlank();
				assertThat(onlyNs(entry, "title").getTextContent()).isNotBlank();
				Instant.parse(onlyNs(entry, "updated").getTextContent());
				assertThat(onlyNs(entry, "link").getAttribute("href")).startsWith(base() + "/nieuws/");
			}
		}
	}

	@Test
	void theNewsListIsPagedFilteredAndArchivedByYear() {
		String first = this.http.get("/nieuws").body();
		assertThat(first)
			.contains("De toolkit Betrokken Buurten", "Oudere berichten", "Pagina 1 van 2",
					"href=\"/nieuws?jaar=2025\"")
			.doesNotContain("SDG's voor bewonersinitiatieven");
		assertThat(this.http.get("/nieuws?pagina=2").body()).contains("Vijf fondsen die bewonersinitiatieven steunen");
		String byTheme = this.http.get("/nieuws?thema=inclusieve-energietransitie").body();
		assertThat(byTheme).contains("Energiecoaches gezocht", "Nieuws: Inclusieve energietransitie")
			.doesNotContain("Soep op de stoep");
		assertThat(this.http.get("/nieuws?soort=standpunt").body()).contains("Nieuws: Standpunt");
		assertThat(this.http.get("/nieuws?soort=standpunt").body()).contains("houd buurthuizen open")
			.doesNotContain("Soep op de stoep");
		String year = this.http.get("/nieuws?jaar=2025").body();
		assertThat(year).contains("De bank voor de deur").doesNotContain("Soep op de stoep");
		assertThat(this.http.get("/nieuws?pagina=abc").statusCode()).as("clamped to the first page").isEqualTo(200);
		assertThat(this.http.get("/nieuws?thema=%00%27").statusCode()).isEqualTo(200);
	}

	@Test
	void theHomePageShowsTheNewestNewsAndKnowledge() {
		String home = this.http.get("/").body();
		assertThat(home).contains("href=\"" + LAUNCH + "\"", "<a href=\"/nieuws\">Al het nieuws</a>",
				"<a href=\"/kennis\">Naar de kennisbank</a>");
	}

	@Test
	void theKnowledgeBaseIsGroupedByThemeAndThemePagesShowEverything() {
		String knowledge = this.http.get("/kennis").body();
		assertThat(knowledge).contains("SDG's voor bewonersinitiatieven",
				"Evaluatie R2C in Rotterdam – oefenen in bescheidenheid", "Right to Challenge 'op z'n Rotterdams'",
				"<h2 id=\"thema-buurtrechten\">Buurtrechten</h2>", "Lees meer");
		String theme = this.http.get("/thema/buurtrechten").body();
		assertThat(theme).contains("<h1>Buurtrechten</h1>", "Right to Challenge", "Kennis over dit thema",
				"Nieuws over dit thema", "Uitleg: het Right to Challenge in het kort", "/thema/buurtrechten/feed.rss");
	}

	private static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

	private static Element only(Element parent, String name) {
		NodeList nodes = parent.getElementsByTagName(name);
		assertThat(nodes.getLength()).as(name).isGreaterThanOrEqualTo(1);
		return (Element) nodes.item(0);
	}

	private static Element onlyNs(Element parent, String name) {
		NodeList nodes = parent.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name);
		assertThat(nodes.getLength()).as(name).isGreaterThanOrEqualTo(1);
		return (Element) nodes.item(0);
	}

}
