package nl.bewonersplein.members;

import java.util.Comparator;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the published initiatives nearest to a point: the coordinates of all of them in
 * one statement, the distances in memory, then the cards of the nearest.
 */
@Component
@Transactional(readOnly = true)
class Nearby {

	@PersistenceContext
	private EntityManager entities;

	private final Directory directory;

	Nearby(Directory directory) {
		this.directory = directory;
	}

	/** An initiative and how far it is, in kilometres. */
	record Found(Directory.Card card, double km) {

	}

	private record Distance(long id, double km) {

	}

	List<Found> nearest(double latitude, double longitude, int limit) {
		@SuppressWarnings("unchecked")
		List<Object[]> rows = this.entities
			.createNativeQuery("select id, latitude, longitude from member_initiative"
					+ " where status = 'PUBLISHED' and latitude is not null and longitude is not null")
			.getResultList();
		List<Distance> nearest = rows.stream()
			.map((r) -> new Distance(((Number) r[0]).longValue(),
					Places.distanceKm(latitude, longitude, ((Number) r[1]).doubleValue(),
							((Number) r[2]).doubleValue())))
			.sorted(Comparator.comparingDouble(Distance::km).thenComparingLong(Distance::id))
			.limit(limit)
			.toList();
		List<Directory.Card> cards = this.directory.cards(nearest.stream().map(Distance::id).toList());
		return java.util.stream.IntStream.range(0, cards.size())
			.mapToObj((i) -> new Found(cards.get(i), nearest.get(i).km()))
			.toList();
	}

}
