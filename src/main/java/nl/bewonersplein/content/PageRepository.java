package nl.bewonersplein.content;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PageRepository extends JpaRepository<Page, Long> {

	Optional<Page> findBySlug(String slug);

}
