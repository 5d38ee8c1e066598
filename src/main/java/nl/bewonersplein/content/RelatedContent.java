package nl.bewonersplein.content;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Collects the related blocks of every {@link RelatedContentSource}, in order, leaving
 * out empty ones and pages an earlier block shows. Declares the content module's own
 * sources: news, knowledge, and "Meer hierover" (text similarity, after the others).
 */
@Configuration(proxyBeanMethods = false)
class RelatedContent {

	static final int PER_BLOCK = 3;

	@Bean
	RelatedContentSource relatedNews(ArticleRepository articles, PublishedArticles published, MessageSource messages,
			Clock clock, nl.bewonersplein.media.MediaLibrary media) {
		return new RelatedArticles(articles, published, messages, clock, media, false);
	}

	@Bean
	RelatedContentSource relatedKnowledge(ArticleRepository articles, PublishedArticles published,
			MessageSource messages, Clock clock, nl.bewonersplein.media.MediaLibrary media) {
		return new RelatedArticles(articles, published, messages, clock, media, true);
	}

	@Bean
	RelatedContentSource moreLikeThis(nl.bewonersplein.search.SimilarDocuments similar, MessageSource messages) {
		return new MoreLikeThis(similar, messages);
	}

	@Bean
	Blocks relatedBlocks(ObjectProvider<RelatedContentSource> sources, MessageSource messages) {
		return new Blocks(sources, messages);
	}

	/** The blocks for one page. */
	static class Blocks {

		private final ObjectProvider<RelatedContentSource> sources;

		private final MessageSource messages;

		Blocks(ObjectProvider<RelatedContentSource> sources, MessageSource messages) {
			this.sources = sources;
			this.messages = messages;
		}

		/**
		 * Every non-empty block for the query; {@code ownToo} false leaves out articles.
		 */
		List<RelatedBlock> find(RelatedQuery query, boolean ownToo, Locale locale) {
			// A page shows up in one block only: the first that has it.
			java.util.Set<String> shown = new java.util.HashSet<>();
			return this.sources.stream()
				.filter((source) -> ownToo || !(source instanceof RelatedArticles))
				.sorted(Comparator.comparingInt(RelatedContentSource::order))
				.map((source) -> {
					List<RelatedItem> items = source.find(query, java.util.Set.copyOf(shown))
						.stream()
						.filter((item) -> !shown.contains(item.url()))
						.toList();
					items.forEach((item) -> shown.add(item.url()));
					return new RelatedBlock(source.titleKey().replaceAll("[^a-z0-9]+", "-"),
							this.messages.getMessage(source.titleKey(), null, source.titleKey(), locale), items);
				})
				.filter((block) -> !block.items().isEmpty())
				.toList();
		}

	}

}
