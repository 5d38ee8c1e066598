package nl.bewonersplein.members;

import nl.bewonersplein.shared.Region;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The Dutch places with their coordinates, province and region, from the shipped file
 * {@code members/places-nl.tsv} (derived from GeoNames, CC BY 4.0; see
 * {@code tools/geodata}). Finds a town as people type it: any case, with or without
 * accents, hyphens or apostrophes.
 */
@Component
class Places {

	/**
	 * A place.
	 *
	 * @param name its name as GeoNames spells it
	 * @param province its province
	 * @param region the network's region it lies in
	 * @param latitude degrees north
	 * @param longitude degrees east
	 */
	record Place(String name, String province, Region region, double latitude, double longitude) {

	}

	private final Map<String, List<Place>> byKey = new LinkedHashMap<>();

	Places() {
		try (BufferedReader in = new BufferedReader(new InputStreamReader(
				new ClassPathResource("members/places-nl.tsv").getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = in.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] parts = line.split("\t");
				Place place = new Place(parts[0], parts[1], Region.valueOf(parts[2]), Double.parseDouble(parts[3]),
						Double.parseDouble(parts[4]));
				this.byKey.computeIfAbsent(key(place.name()), (k) -> new ArrayList<>()).add(place);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The place of that name; when several places share it, the first in the file. */
	Optional<Place> find(String name) {
		if (name == null || name.isBlank() || name.length() > 100) {
			return Optional.empty();
		}
		List<Place> found = this.byKey.get(key(name));
		return (found == null) ? Optional.empty() : Optional.of(found.get(0));
	}

	/**
	 * Up to {@code limit} place names starting like {@code text}, for suggestions: those
	 * that share the longest beginning with it first.
	 */
	List<String> suggestions(String text, int limit) {
		String wanted = key(text);
		if (wanted.length() < 2) {
			return List.of();
		}
		return this.byKey.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().startsWith(wanted.substring(0, Math.min(3, wanted.length()))))
			.sorted(java.util.Comparator
				.comparingInt((Map.Entry<String, List<Place>> entry) -> -sharedStart(entry.getKey(), wanted))
				.thenComparing(Map.Entry::getKey))
			.map((entry) -> entry.getValue().get(0).name())
			.limit(limit)
			.toList();
	}

	private static int sharedStart(String a, String b) {
		int i = 0;
		while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
			i++;
		}
		return i;
	}

	/** The form of a name that lookups compare: lower case, no accents or punctuation. */
	static String key(String name) {
		String folded = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
	}

	/** Distance in kilometres along the earth's surface (haversine). */
	static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.pow(Math.sin(dLat / 2), 2)
				+ Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
		return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
	}

}
