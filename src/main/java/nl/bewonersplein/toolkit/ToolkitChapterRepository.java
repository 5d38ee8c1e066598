package nl.bewonersplein.toolkit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ToolkitChapterRepository extends JpaRepository<ToolkitChapter, Long> {

	List<ToolkitChapter> findByToolkitIdOrderByPositionAscIdAsc(long toolkitId);

}
