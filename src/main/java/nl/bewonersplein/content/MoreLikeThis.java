package nl.bewonersplein.content;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.bewonersplein.search.SimilarDocuments;
import nl.bewonersplein.shared.Dates;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * "Meer hierover": the pages of any kind whose text is most like this one, from the
 * search index ({@link SimilarDocuments}). It comes after the blocks of pins and shared
 * themes and leaves out what they already show, so it is the second signal, not the
 * first.
 */
class MoreLikeThis implements RelatedContentSource {

	private final SimilarDocuments similar;

	private final MessageSource messages;

	MoreLikeThis(SimilarDocuments similar, MessageSource messages) {
		this.similar = similar;
		this.messages = messages;
	}

	@Override
	public String titleKey() {
		return "content.related.more";
	}

	@Override
	public int order() {
		return 90;
	}

	@Override
	public List<RelatedItem> find(RelatedQuery query) {
		return find(query, Set.of());
	}

	@Override
	public List<RelatedItem> find(RelatedQuery query, Set<String> shown) {
		Set<String> leaveOut = new HashSet<>(shown);
		leaveOut.addAll(query.pinned());
		Locale locale = LocaleContextHolder.getLocale();
		return this.similar.like(query.selfUrl(), leaveOut, query.limit())
			.stream()
			.map((item) -> new RelatedItem(item.title(), item.url(),
					this.messages.getMessage("search.kind." + item.kind(), null, "", locale),
					(item.date() != null) ? Dates.shortDate(item.date()) : "", "", false))
			.toList();
	}

}
