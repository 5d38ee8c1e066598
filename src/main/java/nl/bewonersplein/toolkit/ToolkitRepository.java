package nl.bewonersplein.toolkit;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ToolkitRepository extends JpaRepository<Toolkit, Long> {

	Optional<Toolkit> findBySlug(String slug);

	List<Toolkit> findByStatusOrderByTitleAsc(Toolkit.Status status);

	List<Toolkit> findAllByOrderByTitleAsc();

	boolean existsBySlug(String slug);

}
