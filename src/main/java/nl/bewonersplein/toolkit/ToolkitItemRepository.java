package nl.bewonersplein.toolkit;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ToolkitItemRepository extends JpaRepository<ToolkitItem, Long> {

	List<ToolkitItem> findByChapterIdInOrderByPositionAscIdAsc(Collection<Long> chapterIds);

	List<ToolkitItem> findByChapterIdOrderByPositionAscIdAsc(long chapterId);

}
