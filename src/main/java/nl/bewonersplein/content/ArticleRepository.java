package nl.bewonersplein.content;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ArticleRepository extends JpaRepository<Article, Long>, JpaSpecificationExecutor<Article> {

	Optional<Article> findBySlug(String slug);

	boolean existsBySlug(String slug);

	List<Article> findByIdIn(Collection<Long> ids);

	/** One article with its themes and supporters, in one statement. */
	@Query("""
			select a from Article a left join fetch a.themes left join fetch a.supporters
			where a.slug = :slug""")
	Optional<Article> findPageBySlug(String slug);

	@Query("""
			select a from Article a where a.slug in :slugs and a.kind in :kinds
			and a.status = :status and a.publishedAt <= :now""")
	List<Article> findPublishedBySlugs(Collection<String> slugs, Collection<ArticleKind> kinds, Article.Status status,
			Instant now);

	/**
	 * Published articles of the given kinds filed under any of the themes, newest first.
	 */
	@Query("""
			select a from Article a
			where a.kind in :kinds and a.status = :status and a.publishedAt <= :now and a.slug not in :excluded
			and exists (select 1 from a.themes t where t.id in :themes)
			order by a.publishedAt desc, a.id desc""")
	List<Article> findPublishedInThemes(Collection<Long> themes, Collection<ArticleKind> kinds,
			Collection<String> excluded, Article.Status status, Instant now, Limit limit);

	/**
	 * Kind, slug, publication and last edit of every published article, for the sitemap.
	 */
	@Query("""
			select a.kind, a.slug, a.publishedAt, a.updatedAt from Article a
			where a.status = :status and a.publishedAt <= :now
			order by a.publishedAt desc""")
	List<Object[]> findPublishedStamps(Article.Status status, Instant now);

	@Query("""
			select a from Article a
			where a.kind in :kinds and a.status = :status and a.publishedAt <= :now
			order by a.publishedAt desc, a.id desc""")
	List<Article> findNewest(Collection<ArticleKind> kinds, Article.Status status, Instant now, Limit limit);

	@Query("""
			select a from Article a
			where a.kind in :kinds and a.status = :status and a.publishedAt <= :now
			and exists (select 1 from a.themes t where t.id = :theme)
			order by a.publishedAt desc""")
	List<Article> findPublishedInTheme(long theme, Collection<ArticleKind> kinds, Article.Status status, Instant now,
			Limit limit);

	@Query("select distinct a from Article a left join fetch a.themes order by a.updatedAt desc")
	List<Article> findAllForAdmin();

	long countByStatus(Article.Status status);

	long countByStatusAndPublishedAtAfter(Article.Status status, java.time.Instant moment);

}
