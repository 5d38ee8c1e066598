package nl.bewonersplein.members;

import nl.bewonersplein.shared.Region;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletResponse;
import nl.bewonersplein.shared.Link;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The map at {@code /leden/kaart}. The map itself is an SVG from this site, so showing it
 * asks nothing of anyone else; interactive tiles come from the configured tile server
 * only after the visitor presses the button (the script loads self-hosted Leaflet then),
 * and this page's Content-Security-Policy allows that one server.
 */
@Controller
@Transactional(readOnly = true)
class MapController {

	static final String LEAFLET = "/webjars/leaflet/1.9.4/dist/";

	/** A town with more initiatives than this lists them in the directory, not here. */
	static final int NAMED_PER_TOWN = 3;

	@PersistenceContext
	private EntityManager entities;

	private final MemberTexts texts;

	private final MemberSettings settings;

	private final ResourceUrlProvider urls;

	MapController(MemberTexts texts, MemberSettings settings, ResourceUrlProvider urls) {
		this.texts = texts;
		this.settings = settings;
		this.urls = urls;
	}

	/** An initiative on the map. */
	record Point(String slug, String name, Region region, String town, double latitude, double longitude) {

	}

	@GetMapping(MemberPaths.MAP)
	String map(Locale locale, Model model, HttpServletResponse response) {
		PageHeaders.allowImagesFrom(response, this.settings.tiles().origin());
		Collator collator = Collator.getInstance(Locale.forLanguageTag("nl"));
		Map<Region, Map<String, List<Point>>> byRegion = new LinkedHashMap<>();
		for (Region region : Region.values()) {
			byRegion.put(region, new java.util.TreeMap<>(collator));
		}
		int total = 0;
		for (Point point : points()) {
			byRegion.get(point.region()).computeIfAbsent(point.town(), (town) -> new ArrayList<>()).add(point);
			total++;
		}
		List<MapPage.Marker> markers = new ArrayList<>();
		List<MapPage.RegionGroup> groups = new ArrayList<>();
		byRegion.forEach((region, towns) -> {
			List<MapPage.Town> list = new ArrayList<>();
			int count = 0;
			for (Map.Entry<String, List<Point>> town : towns.entrySet()) {
				List<Point> points = town.getValue();
				points.sort(Comparator.comparing(Point::name, collator));
				count += points.size();
				double lat = points.stream().mapToDouble(Point::latitude).average().orElse(0);
				double lon = points.stream().mapToDouble(Point::longitude).average().orElse(0);
				String label = (points.size() == 1)
						? this.texts.t("members.map.marker.one", locale, town.getKey(), points.get(0).name())
						: this.texts.t("members.map.marker", locale, town.getKey(), points.size());
				String href = (points.size() == 1) ? MemberPaths.profile(points.get(0).slug())
						: ProfileController.directory("plaats", town.getKey());
				if (MapProjection.onMap(lat, lon)) {
					markers.add(new MapPage.Marker(format(MapProjection.x(lon)), format(MapProjection.y(lat)),
							format(5 + 2 * Math.sqrt(points.size())), label, href));
				}
				List<Link> named = (points.size() > NAMED_PER_TOWN) ? List.of()
						: points.stream().map((p) -> new Link(p.name(), MemberPaths.profile(p.slug()))).toList();
				list.add(new MapPage.Town(town.getKey(), String.format(Locale.ROOT, "%.5f", lat),
						String.format(Locale.ROOT, "%.5f", lon), points.size(),
						ProfileController.directory("plaats", town.getKey()), named));
			}
			if (count > 0) {
				groups.add(new MapPage.RegionGroup(this.texts.region(region, locale), count,
						ProfileController.directory("regio", region.slug()), list));
			}
		});
		MemberSettings.Tiles tiles = this.settings.tiles();
		model.addAttribute("page",
				new MapPage(MapProjection.WIDTH, MapProjection.HEIGHT, url("/members/nl-map.svg"), markers, groups,
						total, tiles.url(), tiles.name(), tiles.attribution(), url(LEAFLET + "leaflet.js"),
						url(LEAFLET + "leaflet.css"),
						List.of(new Link(this.texts.t("nav.home", locale), "/"),
								new Link(this.texts.t("members.directory.title", locale), MemberPaths.DIRECTORY),
								new Link(this.texts.t("members.map.title", locale), MemberPaths.MAP, true))));
		return "members/map";
	}

	@SuppressWarnings("unchecked")
	private List<Point> points() {
		List<Object[]> rows = this.entities
			.createNativeQuery("select slug, name, region, town, latitude, longitude from member_initiative"
					+ " where status = 'PUBLISHED' and latitude is not null and longitude is not null")
			.getResultList();
		return rows.stream()
			.map((r) -> new Point((String) r[0], (String) r[1], Region.valueOf((String) r[2]), (String) r[3],
					((Number) r[4]).doubleValue(), ((Number) r[5]).doubleValue()))
			.toList();
	}

	private String url(String path) {
		String versioned = this.urls.getForLookupPath(path);
		return (versioned != null) ? versioned : path;
	}

	private static String format(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

}
