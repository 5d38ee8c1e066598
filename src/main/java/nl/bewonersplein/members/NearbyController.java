package nl.bewonersplein.members;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import nl.bewonersplein.shared.Link;
import nl.bewonersplein.site.CardImage;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "In de buurt van" at {@code /leden/in-de-buurt}: a GET form with a town or postcode,
 * and a button (with JavaScript) that uses the browser's location if the visitor allows
 * it. The location is only used for this one search and is not stored.
 */
@Controller
class NearbyController {

	static final int SHOWN = 10;

	private final Nearby nearby;

	private final Places places;

	private final PostcodeAreas postcodes;

	private final MemberTexts texts;

	NearbyController(Nearby nearby, Places places, PostcodeAreas postcodes, MemberTexts texts) {
		this.nearby = nearby;
		this.places = places;
		this.postcodes = postcodes;
		this.texts = texts;
	}

	@GetMapping(MemberPaths.NEARBY)
	String nearby(@RequestParam(name = "plaats", required = false) String query,
			@RequestParam(name = "lat", required = false) String lat,
			@RequestParam(name = "lon", required = false) String lon, Locale locale, Model model,
			HttpServletResponse response) {
		PageHeaders.allowGeolocation(response);
		String typed = Texts.clean(query);
		String place = "";
		String message = "";
		List<Link> suggestions = List.of();
		List<MemberCard> results = List.of();
		Optional<double[]> point = coordinates(lat, lon);
		if (point.isPresent()) {
			place = this.texts.t("members.nearby.here", locale);
			results = cards(point.get()[0], point.get()[1], locale);
		}
		else if (lat != null || lon != null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			message = this.texts.t("members.nearby.bad-location", locale);
		}
		else if (!typed.isEmpty()) {
			Optional<Places.Place> found = this.places.find(typed);
			Optional<PostcodeAreas.Area> area = found.isPresent() ? Optional.empty() : this.postcodes.find(typed);
			if (area.isPresent()) {
				found = this.places.find(area.get().town());
			}
			if (found.isPresent()) {
				Places.Place town = found.get();
				place = area.isPresent() ? this.texts.t("members.nearby.postcode-place", locale, area.get().postcode(),
						town.name(), town.province()) : town.name() + " (" + town.province() + ")";
				results = cards(town.latitude(), town.longitude(), locale);
			}
			else if (PostcodeAreas.meantAsPostcode(typed) && typed.length() <= 100) {
				// A mistyped postcode: say what a postcode looks like; place names do not
				// help here.
				message = this.texts.t("members.nearby.bad-postcode", locale, typed);
			}
			else {
				message = this.texts.t(typed.length() > 100 ? "members.nearby.too-long" : "members.nearby.unknown",
						locale, typed);
				suggestions = this.places.suggestions(typed, 6)
					.stream()
					.map((name) -> new Link(name,
							UriComponentsBuilder.fromPath(MemberPaths.NEARBY)
								.queryParam("plaats", "{name}")
								.buildAndExpand(name)
								.encode()
								.toUriString()))
					.toList();
			}
		}
		model.addAttribute("page",
				new NearbyPage(typed.length() > 100 ? "" : typed, place, message, suggestions, results,
						List.of(new Link(this.texts.t("nav.home", locale), "/"),
								new Link(this.texts.t("members.directory.title", locale), MemberPaths.DIRECTORY),
								new Link(this.texts.t("members.nearby.title", locale), MemberPaths.NEARBY, true))));
		return "members/nearby";
	}

	private List<MemberCard> cards(double latitude, double longitude, Locale locale) {
		NumberFormat km = NumberFormat.getNumberInstance(Locale.forLanguageTag("nl"));
		km.setMaximumFractionDigits(1);
		km.setMinimumFractionDigits(1);
		List<Nearby.Found> nearest = this.nearby.nearest(latitude, longitude, SHOWN);
		Map<String, CardImage> images = this.texts.images(nearest.stream().map(Nearby.Found::card).toList());
		return nearest.stream()
			.map((found) -> this.texts.card(found.card(), locale,
					this.texts.t("members.nearby.distance", locale, km.format(found.km())),
					images.get(found.card().imagePath())))
			.toList();
	}

	/** Coordinates from the browser, if both are numbers in range. */
	static Optional<double[]> coordinates(String lat, String lon) {
		if (lat == null || lon == null || lat.length() > 20 || lon.length() > 20) {
			return Optional.empty();
		}
		try {
			double latitude = Double.parseDouble(lat);
			double longitude = Double.parseDouble(lon);
			if (Double.isFinite(latitude) && Double.isFinite(longitude) && Math.abs(latitude) <= 90
					&& Math.abs(longitude) <= 180) {
				return Optional.of(new double[] { latitude, longitude });
			}
		}
		catch (NumberFormatException ex) {
			// Not a number: treated as no location.
		}
		return Optional.empty();
	}

}
