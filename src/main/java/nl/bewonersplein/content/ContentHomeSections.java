package nl.bewonersplein.content;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import nl.bewonersplein.media.MediaLibrary;
import nl.bewonersplein.media.Picture;
import nl.bewonersplein.shared.Dates;
import nl.bewonersplein.site.HomeSection;
import nl.bewonersplein.shared.Link;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The home page's blocks: the three newest news and knowledge articles, and the themes;
 * one query each.
 */
@Configuration(proxyBeanMethods = false)
class ContentHomeSections {

	@Bean
	HomeSection.Provider newsOnHome(ArticleRepository articles, PublishedArticles published, MessageSource messages,
			Clock clock, TransactionTemplate transaction, MediaLibrary media) {
		return (locale) -> section(articles, published, messages, clock, transaction, media, locale, 10,
				ArticleListController.NEWS, "content.news.title", "content.home.news.more", "/nieuws");
	}

	@Bean
	HomeSection.Provider knowledgeOnHome(ArticleRepository articles, PublishedArticles published,
			MessageSource messages, Clock clock, TransactionTemplate transaction, MediaLibrary media) {
		return (locale) -> section(articles, published, messages, clock, transaction, media, locale, 30,
				EnumSet.of(ArticleKind.KNOWLEDGE), "content.knowledge.title", "content.home.knowledge.more", "/kennis");
	}

	/** The themes, last on the page. */
	@Bean
	HomeSection.Provider themesOnHome(Themes themes, MessageSource messages) {
		return (locale) -> {
			List<HomeSection.Teaser> items = themes.all()
				.stream()
				.map((theme) -> new HomeSection.Teaser("", theme.title(), theme.summary(), theme.url(), ""))
				.toList();
			return Optional
				.of(new HomeSection(90, messages.getMessage("content.home.themes", null, locale), items, null));
		};
	}

	private static Optional<HomeSection> section(ArticleRepository articles, PublishedArticles published,
			MessageSource messages, Clock clock, TransactionTemplate transaction, MediaLibrary media, Locale locale,
			int order, Set<ArticleKind> kinds, String titleKey, String moreKey, String more) {
		List<Article> newest = transaction.execute((status) -> RelatedArticles.byIds(articles,
				published.newest(kinds, clock.instant(), null, java.util.Set.of(), 3)));
		Map<String, Picture> thumbnails = media
			.thumbnailsAt(newest.stream().map(Article::getImagePath).filter(java.util.Objects::nonNull).toList());
		List<HomeSection.Teaser> items = newest.stream()
			.map((article) -> new HomeSection.Teaser(messages.getMessage(article.getKind().labelKey(), null, locale),
					article.getTitle(), Excerpts.of(article.getSummary(), 160), article.getUrl(),
					Dates.shortDate(article.getPublishedAt()),
					Optional.ofNullable(thumbnails.get(article.getImagePath())).map(Picture::card).orElse(null)))
			.toList();
		if (items == null || items.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new HomeSection(order, messages.getMessage(titleKey, null, locale), items,
				new Link(messages.getMessage(moreKey, null, locale), more)));
	}

}
