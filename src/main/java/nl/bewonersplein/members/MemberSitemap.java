package nl.bewonersplein.members;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import nl.bewonersplein.site.SitemapContributor;
import nl.bewonersplein.site.SitemapEntry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts the directory, the map, "Lid worden" and every published profile in the sitemap.
 */
@Component
class MemberSitemap implements SitemapContributor {

	private final MemberInitiativeRepository initiatives;

	MemberSitemap(MemberInitiativeRepository initiatives) {
		this.initiatives = initiatives;
	}

	@Override
	@Transactional(readOnly = true)
	public List<SitemapEntry> sitemapEntries() {
		List<SitemapEntry> entries = new ArrayList<>();
		entries.add(new SitemapEntry(MemberPaths.DIRECTORY, null));
		entries.add(new SitemapEntry(MemberPaths.MAP, null));
		entries.add(new SitemapEntry(MemberPaths.NEARBY, null));
		entries.add(new SitemapEntry(MemberPaths.APPLY, null));
		// Only the slug and date, not every initiative in full.
		for (Object[] row : this.initiatives.findSlugsAndUpdatesByStatus(MemberInitiative.Status.PUBLISHED)) {
			entries.add(new SitemapEntry(MemberPaths.profile((String) row[0]), (Instant) row[1]));
		}
		return entries;
	}

}
