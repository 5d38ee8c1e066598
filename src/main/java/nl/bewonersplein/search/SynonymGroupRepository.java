package nl.bewonersplein.search;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SynonymGroupRepository extends JpaRepository<SynonymGroup, Long> {

	List<SynonymGroup> findAllByOrderByTermsAsc();

}
