package nl.bewonersplein.content;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.bewonersplein.shared.Dates;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Related articles of one section: news-like articles for "Gerelateerd nieuws", knowledge
 * articles for "Uit de kennisbank". Pinned ones first, then the newest sharing a theme.
 */
class RelatedArticles implements RelatedContentSource {

	private final ArticleRepository articles;

	private final PublishedArticles published;

	private final MessageSource messages;

	private final Clock clock;

	private final String section;

	private final Set<ArticleKind> kinds;

	private final String titleKey;

	private final int order;

	private final boolean excerpts;

	private final nl.bewonersplein.media.MediaLibrary media;

	RelatedArticles(ArticleRepository articles, PublishedArticles published, MessageSource messages, Clock clock,
			nl.bewonersplein.media.MediaLibrary media, boolean knowledge) {
		this.published = published;
		this.media = media;
		this.articles = articles;
		this.messages = messages;
		this.clock = clock;
		this.section = knowledge ? "/kennis" : "/nieuws";
		this.kinds = knowledge ? EnumSet.of(ArticleKind.KNOWLEDGE)
				: EnumSet.complementOf(EnumSet.of(ArticleKind.KNOWLEDGE));
		this.titleKey = knowledge ? "content.related.knowledge" : "content.related.news";
		this.order = knowledge ? 20 : 10;
		this.excerpts = knowledge;
	}

	@Override
	public String titleKey() {
		return this.titleKey;
	}

	@Override
	public int order() {
		return this.order;
	}

	@Override
	public List<RelatedItem> find(RelatedQuery query) {
		Instant now = this.clock.instant();
		List<Article> found = new ArrayList<>();
		List<String> pinned = query.pinnedSlugs(this.section);
		if (!pinned.isEmpty()) {
			List<Article> pins = this.articles.findPublishedBySlugs(pinned, this.kinds, Article.Status.PUBLISHED, now);
			pins.sort(Comparator.comparingInt((article) -> pinned.indexOf(article.getSlug())));
			pins.stream().filter((article) -> !article.getUrl().equals(query.selfUrl())).forEach(found::add);
		}
		if (found.size() < query.limit() && !query.themeIds().isEmpty()) {
			Set<String> excluded = new HashSet<>();
			found.forEach((article) -> excluded.add(article.getSlug()));
			if (query.selfUrl().startsWith(this.section + "/")) {
				excluded.add(query.selfUrl().substring(this.section.length() + 1));
			}
			excluded.add("");
			found.addAll(byIds(this.articles,
					this.published.newest(this.kinds, now, query.themeIds(), excluded, query.limit() - found.size())));
		}
		Locale locale = LocaleContextHolder.getLocale();
		List<Article> shown = found.stream().limit(query.limit()).toList();
		java.util.Map<String, nl.bewonersplein.media.Picture> thumbnails = this.media
			.thumbnailsAt(shown.stream().map(Article::getImagePath).filter(java.util.Objects::nonNull).toList());
		return shown.stream().map((article) -> item(article, locale, thumbnails)).toList();
	}

	/** The articles with the ids, in that order (one statement, none if no ids). */
	static List<Article> byIds(ArticleRepository articles, List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		java.util.Map<Long, Article> found = new java.util.HashMap<>();
		articles.findAllById(ids).forEach((article) -> found.put(article.getId(), article));
		return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
	}

	private RelatedItem item(Article article, Locale locale,
			java.util.Map<String, nl.bewonersplein.media.Picture> thumbnails) {
		String label = this.messages.getMessage(article.getKind().labelKey(), null, locale);
		nl.bewonersplein.media.Picture thumbnail = (article.getImagePath() != null)
				? thumbnails.get(article.getImagePath()) : null;
		return new RelatedItem(article.getTitle(), article.getUrl(), label, Dates.shortDate(article.getPublishedAt()),
				this.excerpts ? Excerpts.of(article.getSummary(), 180) : "", this.excerpts,
				(thumbnail != null) ? thumbnail.card() : null);
	}

}
