package nl.bewonersplein.content;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SupporterRepository extends JpaRepository<Supporter, Long> {

	List<Supporter> findByInFooterTrueOrderByPositionAscNameAsc();

}
