package nl.bewonersplein.toolkit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ToolkitThemeRepository extends JpaRepository<ToolkitTheme, Long> {

	List<ToolkitTheme> findByToolkitIdOrderByPositionAscIdAsc(long toolkitId);

}
