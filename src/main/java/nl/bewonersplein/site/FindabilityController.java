package nl.bewonersplein.site;

import java.io.StringWriter;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What search engines read: {@code /sitemap.xml}, built from every
 * {@link SitemapContributor} the modules declare, and {@code /robots.txt}.
 */
@Controller
class FindabilityController {

	private final ObjectProvider<SitemapContributor> contributors;

	private final SiteAddress address;

	FindabilityController(ObjectProvider<SitemapContributor> contributors, SiteAddress address) {
		this.contributors = contributors;
		this.address = address;
	}

	@GetMapping(path = "/sitemap.xml")
	ResponseEntity<String> sitemap() throws XMLStreamException {
		List<SitemapEntry> entries = new ArrayList<>();
		// The home page is the site's own; every other page belongs to a module.
		entries.add(new SitemapEntry("/", null));
		this.contributors.orderedStream().forEach((contributor) -> entries.addAll(contributor.sitemapEntries()));
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("urlset");
		xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
		for (SitemapEntry entry : entries.stream().distinct().toList()) {
			xml.writeStartElement("url");
			element(xml, "loc", this.address.absolute(entry.path()));
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
				""".formatted(this.address.absolute("/sitemap.xml"));
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(text);
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

}
