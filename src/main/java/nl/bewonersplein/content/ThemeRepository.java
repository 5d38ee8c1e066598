package nl.bewonersplein.content;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ThemeRepository extends JpaRepository<Theme, Long> {

	Optional<Theme> findBySlug(String slug);

	List<Theme> findAllByOrderByPositionAscTitleAsc();

	List<Theme> findByPublishedTrueOrderByPositionAscTitleAsc();

}
