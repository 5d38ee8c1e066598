package nl.bewonersplein.content;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface StaticPageRepository extends JpaRepository<StaticPage, Long> {

	Optional<StaticPage> findBySlug(String slug);

}
