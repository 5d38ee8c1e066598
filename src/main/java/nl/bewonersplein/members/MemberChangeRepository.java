package nl.bewonersplein.members;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MemberChangeRepository extends JpaRepository<MemberChange, Long> {

	List<MemberChange> findByStatusOrderByCreatedAtAsc(MemberChange.Status status);

	/** The newest change of an initiative: waiting, or the last one decided. */
	Optional<MemberChange> findFirstByInitiativeIdOrderByCreatedAtDesc(long initiativeId);

	long countByStatus(MemberChange.Status status);

}
