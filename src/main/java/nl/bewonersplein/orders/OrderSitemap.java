package nl.bewonersplein.orders;

import java.util.ArrayList;
import java.util.List;

import nl.bewonersplein.site.SitemapContributor;
import nl.bewonersplein.site.SitemapEntry;

import org.springframework.stereotype.Component;

/** Puts {@code /bestellen} and every material's page in the sitemap. */
@Component
class OrderSitemap implements SitemapContributor {

	private final Materials materials;

	OrderSitemap(Materials materials) {
		this.materials = materials;
	}

	@Override
	public List<SitemapEntry> sitemapEntries() {
		List<SitemapEntry> entries = new ArrayList<>();
		entries.add(new SitemapEntry(OrderPaths.ORDER, null));
		this.materials.all().forEach((m) -> entries.add(new SitemapEntry(OrderPaths.material(m.slug()), null)));
		return entries;
	}

}
