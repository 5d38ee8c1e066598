package nl.bewonersplein.members;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.bewonersplein.shared.Link;
import nl.bewonersplein.shared.Network;
import nl.bewonersplein.site.SiteAddress;
import nl.bewonersplein.site.JsonLd;

/**
 * schema.org {@code Organization} for a profile, with the page's breadcrumbs, written by
 * the site's {@link JsonLd} (escaped for the script element). Never holds the contact
 * address.
 */
final class OrganizationJsonLd {

	private OrganizationJsonLd() {
	}

	static String of(MemberInitiative initiative, String regionLabel, List<Link> crumbs, Network network,
			SiteAddress site) {
		String url = site.absolute(MemberPaths.profile(initiative.getSlug()));
		Map<String, Object> node = JsonLd.object("Organization");
		node.put("@id", url + "#organisatie");
		node.put("name", initiative.getName());
		node.put("url", url);
		node.put("description", initiative.getSummary());
		Map<String, Object> address = JsonLd.object("PostalAddress");
		address.put("addressLocality", initiative.getTown());
		address.put("addressRegion", regionLabel);
		address.put("addressCountry", "NL");
		node.put("address", address);
		if (initiative.getLatitude() != null && initiative.getLongitude() != null) {
			Map<String, Object> geo = JsonLd.object("GeoCoordinates");
			geo.put("latitude", initiative.getLatitude());
			geo.put("longitude", initiative.getLongitude());
			Map<String, Object> place = JsonLd.object("Place");
			place.put("geo", geo);
			node.put("location", place);
		}
		if (initiative.getFoundedYear() != null) {
			node.put("foundingDate", String.valueOf(initiative.getFoundedYear()));
		}
		List<String> sameAs = new ArrayList<>();
		if (initiative.getWebsite() != null) {
			sameAs.add(initiative.getWebsite());
		}
		sameAs.addAll(initiative.socialLinkList());
		if (!sameAs.isEmpty()) {
			node.put("sameAs", sameAs);
		}
		node.put("memberOf", JsonLd.organization(network, site));
		return JsonLd.graph(List.of(node, JsonLd.breadcrumbs(site, crumbs)));
	}

}
