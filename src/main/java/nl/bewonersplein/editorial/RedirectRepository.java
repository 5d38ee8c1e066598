package nl.bewonersplein.editorial;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RedirectRepository extends JpaRepository<Redirect, Long> {

	@Query("select r.newPath from Redirect r where r.oldPath = :path")
	Optional<String> findTarget(String path);

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
