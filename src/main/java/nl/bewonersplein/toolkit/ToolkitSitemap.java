package nl.bewonersplein.toolkit;

import java.util.ArrayList;
import java.util.List;

import nl.bewonersplein.site.SitemapContributor;
import nl.bewonersplein.site.SitemapEntry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts the toolkit list, every published toolkit and each of its steps in the sitemap.
 */
@Component
class ToolkitSitemap implements SitemapContributor {

	private final ToolkitReader reader;

	ToolkitSitemap(ToolkitReader reader) {
		this.reader = reader;
	}

	@Override
	@Transactional(readOnly = true)
	public List<SitemapEntry> sitemapEntries() {
		List<SitemapEntry> entries = new ArrayList<>();
		List<Toolkit> toolkits = this.reader.publishedToolkits();
		if (toolkits.isEmpty()) {
			return entries;
		}
		entries.add(new SitemapEntry("/toolkit", null));
		for (Toolkit toolkit : toolkits) {
			String base = "/toolkit/" + toolkit.getSlug();
			entries.add(new SitemapEntry(base, toolkit.getUpdatedAt()));
			for (ToolkitTree.Step step : this.reader.tree(toolkit).steps()) {
				entries.add(new SitemapEntry(base + "/" + step.article().slug(), step.article().updatedAt()));
			}
		}
		return entries;
	}

}
