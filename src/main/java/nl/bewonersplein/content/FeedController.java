package nl.bewonersplein.content;

import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import nl.bewonersplein.shared.Network;
import nl.bewonersplein.site.SiteAddress;
import nl.bewonersplein.site.JsonLd;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Limit;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.HtmlUtils;

/**
 * News feeds: RSS 2.0 and Atom, for all news and per theme. The newest 20 items, with
 * their lead; nothing that is not published.
 */
@Controller
@Transactional(readOnly = true)
class FeedController {

	static final int ITEMS = 20;

	private final ArticleRepository articles;

	private final ThemeRepository themes;

	private final MessageSource messages;

	private final Network network;

	private final SiteAddress address;

	private final Clock clock;

	FeedController(ArticleRepository articles, ThemeRepository themes, MessageSource messages, Network network,
			SiteAddress address, Clock clock) {
		this.articles = articles;
		this.themes = themes;
		this.messages = messages;
		this.network = network;
		this.address = address;
		this.clock = clock;
	}

	record Feed(String title, String page, String self, List<Article> items) {

	}

	@GetMapping("/nieuws/feed.rss")
	ResponseEntity<String> newsRss(Locale locale) throws XMLStreamException {
		return rss(all(locale, "/nieuws/feed.rss"));
	}

	@GetMapping("/nieuws/feed.atom")
	ResponseEntity<String> newsAtom(Locale locale) throws XMLStreamException {
		return atom(all(locale, "/nieuws/feed.atom"));
	}

	@GetMapping("/thema/{slug}/feed.rss")
	ResponseEntity<String> themeRss(@PathVariable String slug, Locale locale) throws XMLStreamException {
		return rss(theme(slug, locale, "feed.rss"));
	}

	@GetMapping("/thema/{slug}/feed.atom")
	ResponseEntity<String> themeAtom(@PathVariable String slug, Locale locale) throws XMLStreamException {
		return atom(theme(slug, locale, "feed.atom"));
	}

	private Feed all(Locale locale, String self) {
		List<Article> items = this.articles.findNewest(ArticleListController.NEWS, Article.Status.PUBLISHED,
				this.clock.instant(), Limit.of(ITEMS));
		return new Feed(this.network.name() + ": " + this.messages.getMessage("content.news.title", null, locale),
				"/nieuws", self, items);
	}

	private Feed theme(String slug, Locale locale, String file) {
		Theme theme = this.themes.findBySlug(slug).filter(Theme::isPublished).orElseThrow(ContentErrors::notFound);
		List<Article> items = this.articles.findPublishedInTheme(theme.getId(), ArticleListController.NEWS,
				Article.Status.PUBLISHED, this.clock.instant(), Limit.of(ITEMS));
		return new Feed(this.network.name() + ": " + theme.getTitle(), theme.getUrl(), theme.getUrl() + "/" + file,
				items);
	}

	private ResponseEntity<String> rss(Feed feed) throws XMLStreamException {
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("rss");
		xml.writeAttribute("version", "2.0");
		xml.writeNamespace("atom", "http://www.w3.org/2005/Atom");
		xml.writeStartElement("channel");
		element(xml, "title", feed.title());
		element(xml, "link", url(feed.page()));
		element(xml, "description", asHtml(this.network.tagline().isEmpty() ? feed.title() : this.network.tagline()));
		element(xml, "language", "nl");
		xml.writeEmptyElement("atom", "link", "http://www.w3.org/2005/Atom");
		xml.writeAttribute("href", url(feed.self()));
		xml.writeAttribute("rel", "self");
		xml.writeAttribute("type", "application/rss+xml");
		if (!feed.items().isEmpty()) {
			element(xml, "lastBuildDate",
					DateTimeFormatter.RFC_1123_DATE_TIME.format(newest(feed).atZone(java.time.ZoneOffset.UTC)));
		}
		for (Article article : feed.items()) {
			xml.writeStartElement("item");
			element(xml, "title", article.getTitle());
			element(xml, "link", url(article.getUrl()));
			element(xml, "description", asHtml(article.getSummary()));
			element(xml, "pubDate", DateTimeFormatter.RFC_1123_DATE_TIME
				.format(article.getPublishedAt().atZone(java.time.ZoneOffset.UTC)));
			xml.writeStartElement("guid");
			xml.writeAttribute("isPermaLink", "false");
			xml.writeCharacters(url("/artikel/" + article.getId()));
			xml.writeEndElement();
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndDocument();
		return respond(feed, out, "application/rss+xml");
	}

	private ResponseEntity<String> atom(Feed feed) throws XMLStreamException {
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("feed");
		xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
		xml.writeAttribute("xml:lang", "nl");
		element(xml, "id", url(feed.self()));
		element(xml, "title", feed.title());
		element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(newest(feed)));
		link(xml, "alternate", url(feed.page()), "text/html");
		link(xml, "self", url(feed.self()), "application/atom+xml");
		xml.writeStartElement("author");
		element(xml, "name", this.network.name());
		xml.writeEndElement();
		for (Article article : feed.items()) {
			xml.writeStartElement("entry");
			element(xml, "id", url("/artikel/" + article.getId()));
			element(xml, "title", article.getTitle());
			link(xml, "alternate", url(article.getUrl()), "text/html");
			element(xml, "published", DateTimeFormatter.ISO_INSTANT.format(article.getPublishedAt()));
			element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(article.getLastModified()));
			element(xml, "summary", article.getSummary());
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		return respond(feed, out, "application/atom+xml");
	}

	/**
	 * Plain text for an RSS {@code description}, which feed readers treat as HTML:
	 * escaped as HTML here, and once more as XML by the writer, so a reader shows the
	 * text as typed and never markup from it. (Atom's {@code summary} is declared plain
	 * text.)
	 */
	static String asHtml(String text) {
		return (text != null) ? HtmlUtils.htmlEscape(text) : "";
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
		xml.writeAttribute("type", type);
	}

	private static ResponseEntity<String> respond(Feed feed, StringWriter out, String type) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type + ";charset=UTF-8"))
			.lastModified(newest(feed))
			.body(out.toString());
	}

	private static Instant newest(Feed feed) {
		return feed.items().stream().map(Article::getLastModified).max(Instant::compareTo).orElse(Instant.EPOCH);
	}

	private String url(String path) {
		return this.address.absolute(path);
	}

}
