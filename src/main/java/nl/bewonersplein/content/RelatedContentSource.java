package nl.bewonersplein.content;

import java.util.List;
import java.util.Set;

/**
 * A kind of related content shown in a block under each article and on theme pages:
 * related news, knowledge, events, member initiatives. A module adds a block by declaring
 * a bean that implements this; the content module does not know the modules that do.
 */
public interface RelatedContentSource {

	/** Message key of the block's heading, e.g. {@code content.related.news}. */
	String titleKey();

	/**
	 * Position among the blocks, low first (news 10, knowledge 20, events 30, members
	 * 40).
	 */
	int order();

	/**
	 * Up to {@code query.limit()} items, ready to show: first the pinned ones this source
	 * owns (in the editor's order), then the newest ones sharing a theme. Never the page
	 * itself ({@code query.selfUrl()}); only what visitors may see.
	 */
	List<RelatedItem> find(RelatedQuery query);

	/**
	 * As {@link #find(RelatedQuery)}, when the blocks above this one already show the
	 * pages at {@code shown}: a source that can use the room returns others instead.
	 */
	default List<RelatedItem> find(RelatedQuery query, Set<String> shown) {
		return find(query);
	}

}
