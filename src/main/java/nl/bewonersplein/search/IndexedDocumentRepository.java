package nl.bewonersplein.search;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IndexedDocumentRepository extends JpaRepository<IndexedDocument, Long> {

	List<IndexedDocument> findBySourceAndKeyIn(String source, Collection<String> keys);

	@Query("select d.key, d.stamp from IndexedDocument d where d.source = ?1")
	List<Object[]> stamps(String source);

	@Query("select distinct d.source from IndexedDocument d")
	List<String> sources();

	@Query("select distinct d.replaces from IndexedDocument d where d.replaces is not null")
	List<String> replacedUrls();

}
