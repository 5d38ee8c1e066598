package nl.bewonersplein.content;

import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import nl.bewonersplein.shared.Network;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What search engines read: {@code /sitemap.xml}, built from every
 * {@link SitemapContributor}, and {@code /robots.txt}. Declares the content module's own
 * contribution: section pages, static pages, themes and published articles.
 */
@Controller
class FindabilityController {

	private final ObjectProvider<SitemapContributor> contributors;

	private final Network network;

	FindabilityController(ObjectProvider<SitemapContributor> contributors, Network network) {
		this.contributors = contributors;
		this.network = network;
	}

	@Bean
	static SitemapContributor contentSitemap(PageRepository pages, ThemeRepository themes, ArticleRepository articles,
			Clock clock) {
		return new ContentSitemap(pages, themes, articles, clock);
	}

	@GetMapping(path = "/sitemap.xml")
	ResponseEntity<String> sitemap() throws XMLStreamException {
		List<SitemapEntry> entries = new ArrayList<>();
		this.contributors.orderedStream().forEach((contributor) -> entries.addAll(contributor.sitemapEntries()));
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("urlset");
		xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
		for (SitemapEntry entry : entries.stream().distinct().toList()) {
			xml.writeStartElement("url");
			element(xml, "loc", JsonLd.absolute(this.network, entry.path()));
			if (entry.lastModified() != null) {
				element(xml, "lastmod", DateTimeFormatter.ISO_INSTANT.format(entry.lastModified()));
			}
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(out.toString());
	}

	@GetMapping(path = "/robots.txt")
	ResponseEntity<String> robots() {
		String text = """
				User-agent: *
				Disallow: /admin
				Disallow: /inloggen
				Disallow: /account
				Disallow: /zoeken

				Sitemap: %s
				""".formatted(JsonLd.absolute(this.network, "/sitemap.xml"));
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(text);
	}

	static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	/** The content module's pages in the sitemap. */
	@Transactional(readOnly = true)
	static class ContentSitemap implements SitemapContributor {

		private final PageRepository pages;

		private final ThemeRepository themes;

		private final ArticleRepository articles;

		private final Clock clock;

		ContentSitemap(PageRepository pages, ThemeRepository themes, ArticleRepository articles, Clock clock) {
			this.pages = pages;
			this.themes = themes;
			this.articles = articles;
			this.clock = clock;
		}

		@Override
		public List<SitemapEntry> sitemapEntries() {
			List<SitemapEntry> entries = new ArrayList<>();
			for (String section : List.of("/", "/nieuws", "/kennis", "/thema")) {
				entries.add(new SitemapEntry(section, null));
			}
			this.pages.findAll()
				.stream()
				.filter(Page::isPublished)
				.forEach((page) -> entries.add(new SitemapEntry(page.getUrl(), page.getUpdatedAt())));
			this.themes.findByPublishedTrueOrderByPositionAscTitleAsc()
				.forEach((theme) -> entries.add(new SitemapEntry(theme.getUrl(), theme.getUpdatedAt())));
			Instant now = this.clock.instant();
			this.articles.findPublished(Article.Status.PUBLISHED, now)
				.forEach((article) -> entries.add(new SitemapEntry(article.getUrl(), article.getLastModified())));
			return entries;
		}

	}

}
