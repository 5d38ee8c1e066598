package nl.bewonersplein.editorial;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

interface RedirectRepository extends JpaRepository<Redirect, Long> {

	Optional<Redirect> findByOldPath(String oldPath);

	List<Redirect> findByNewPath(String newPath);

	@Query("select r from Redirect r where lower(r.oldPath) like :pattern or lower(coalesce(r.newPath, '')) like :pattern"
			+ " order by r.oldPath")
	Page<Redirect> search(String pattern, Pageable page);

	/**
	 * Counts a visit of an old address, in its own transaction: it is asked from pages
	 * that read in a read-only transaction (PostgreSQL refuses an update there).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	@Modifying
	@Query("update Redirect r set r.hits = r.hits + 1, r.lastHitAt = :at where r.oldPath = :path")
	int hit(String path, Instant at);

	@Modifying(flushAutomatically = true, clearAutomatically = false)
	@Query("delete from Redirect r where r.oldPath = :path or r.newPath = :path")
	void deleteAllFor(String path);

	@Modifying(flushAutomatically = true)
	@Query("update Redirect r set r.newPath = :to where r.newPath = :from")
	void retarget(String from, String to);

	@Modifying(flushAutomatically = true)
	@Query("delete from Redirect r where r.oldPath = :path")
	void deleteFrom(String path);

}
