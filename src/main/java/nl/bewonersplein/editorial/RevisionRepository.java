package nl.bewonersplein.editorial;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RevisionRepository extends JpaRepository<Revision, Long> {

	List<Revision> findByKindAndItemIdOrderByNumberDesc(String kind, long itemId);

	Optional<Revision> findFirstByKindAndItemIdOrderByNumberDesc(String kind, long itemId);

	Optional<Revision> findByKindAndItemIdAndNumber(String kind, long itemId, int number);

	@Modifying(flushAutomatically = true)
	@Query("update Revision r set r.live = false where r.kind = :kind and r.itemId = :itemId and r.live = true")
	void clearLive(String kind, long itemId);

	@Modifying(flushAutomatically = true)
	@Query("delete from Revision r where r.kind = :kind and r.itemId = :itemId")
	void deleteAllOf(String kind, long itemId);

}
