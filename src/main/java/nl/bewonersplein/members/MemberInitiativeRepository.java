package nl.bewonersplein.members;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MemberInitiativeRepository extends JpaRepository<MemberInitiative, Long> {

	/** With its themes and goals in the same statement (the profile page needs both). */
	@EntityGraph(attributePaths = { "themeIds", "goals" })
	Optional<MemberInitiative> findBySlug(String slug);

	boolean existsBySlug(String slug);

	List<MemberInitiative> findByIdIn(Collection<Long> ids);

	List<MemberInitiative> findAllByOrderByNameAsc();

	/** Slug and last change of every initiative with the status, for the sitemap. */
	@Query("select i.slug, i.updatedAt from MemberInitiative i where i.status = ?1 order by i.name")
	List<Object[]> findSlugsAndUpdatesByStatus(MemberInitiative.Status status);

	long countByStatus(MemberInitiative.Status status);

	@Query("select i.slug from MemberInitiative i where i.slug = ?1 or i.slug like concat(?1, '-%')")
	List<String> findSlugsLike(String slug);

}
