package nl.bewonersplein.members;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.bewonersplein.shared.Network;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org {@code Organization} for a profile, as JSON-LD ready for a
 * {@code <script type="application/ld+json">}: {@code <}, {@code >} and {@code &} are
 * escaped so no text can end the element. Never holds the contact address.
 */
final class OrganizationJsonLd {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private OrganizationJsonLd() {
	}

	static String of(MemberInitiative initiative, String regionLabel, Network network) {
		String base = network.siteUrl().replaceAll("/+$", "");
		Map<String, Object> node = new LinkedHashMap<>();
		node.put("@context", "https://schema.org");
		node.put("@type", "Organization");
		node.put("@id", base + MemberPaths.profile(initiative.getSlug()) + "#organisatie");
		node.put("name", initiative.getName());
		node.put("url", base + MemberPaths.profile(initiative.getSlug()));
		node.put("description", initiative.getSummary());
		Map<String, Object> address = new LinkedHashMap<>();
		address.put("@type", "PostalAddress");
		address.put("addressLocality", initiative.getTown());
		address.put("addressRegion", regionLabel);
		address.put("addressCountry", "NL");
		node.put("address", address);
		if (initiative.getLatitude() != null && initiative.getLongitude() != null) {
			Map<String, Object> geo = new LinkedHashMap<>();
			geo.put("@type", "GeoCoordinates");
			geo.put("latitude", initiative.getLatitude());
			geo.put("longitude", initiative.getLongitude());
			node.put("location", Map.of("@type", "Place", "geo", geo));
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
		Map<String, Object> memberOf = new LinkedHashMap<>();
		memberOf.put("@type", "Organization");
		memberOf.put("name", network.name());
		memberOf.put("url", network.siteUrl());
		node.put("memberOf", memberOf);
		return JSON.writeValueAsString(node)
			.replace("<", "\\u003c")
			.replace(">", "\\u003e")
			.replace("&", "\\u0026")
			.replace("\u2028", "\\u2028")
			.replace("\u2029", "\\u2029");
	}

}
