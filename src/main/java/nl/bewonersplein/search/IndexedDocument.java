package nl.bewonersplein.search;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * A {@link SearchDocument} as indexed: one row of {@code search_document}, kept in step
 * with the modules by {@link IndexSync}, and one document in the search index. Each text
 * is indexed three ways, for the ranking tiers of ADR 0014: as written ({@code _exact}),
 * stemmed, and split into compound parts ({@code _parts}).
 */
@Entity
@Table(name = "search_document")
@Indexed(index = "Document")
class IndexedDocument {

	static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private static final String SEPARATOR = "|";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@KeywordField
	private String source;

	@Column(name = "doc_key")
	private String key;

	private String stamp;

	@KeywordField(projectable = Projectable.YES, aggregable = Aggregable.YES)
	private String kind;

	@KeywordField(projectable = Projectable.YES)
	private String url;

	@FullTextField(name = "title", analyzer = DutchAnalysisConfigurer.STEM, projectable = Projectable.YES,
			highlightable = Highlightable.ANY)
	@FullTextField(name = "title_exact", analyzer = DutchAnalysisConfigurer.EXACT)
	@FullTextField(name = "title_parts", analyzer = DutchAnalysisConfigurer.DUTCH,
			searchAnalyzer = DutchAnalysisConfigurer.STEM)
	private String title;

	@FullTextField(name = "summary", analyzer = DutchAnalysisConfigurer.STEM, projectable = Projectable.YES,
			highlightable = Highlightable.ANY)
	@FullTextField(name = "summary_exact", analyzer = DutchAnalysisConfigurer.EXACT)
	@FullTextField(name = "summary_parts", analyzer = DutchAnalysisConfigurer.DUTCH,
			searchAnalyzer = DutchAnalysisConfigurer.STEM)
	private String summary;

	@FullTextField(name = "body", analyzer = DutchAnalysisConfigurer.STEM, projectable = Projectable.YES,
			highlightable = Highlightable.ANY)
	@FullTextField(name = "body_exact", analyzer = DutchAnalysisConfigurer.EXACT)
	@FullTextField(name = "body_parts", analyzer = DutchAnalysisConfigurer.DUTCH,
			searchAnalyzer = DutchAnalysisConfigurer.STEM)
	private String body;

	@FullTextField(name = "context", analyzer = DutchAnalysisConfigurer.STEM)
	@FullTextField(name = "context_exact", analyzer = DutchAnalysisConfigurer.EXACT)
	private String context;

	@Column(name = "doc_date")
	@GenericField(name = "date", projectable = Projectable.YES, sortable = Sortable.YES)
	private Instant date;

	@GenericField(name = "visibleFrom")
	private Instant visibleFrom;

	@GenericField(name = "endsAt", projectable = Projectable.YES)
	private Instant endsAt;

	private String themes;

	private String regions;

	@KeywordField
	private String replaces;

	private Instant indexedAt;

	@Version
	private long version;

	protected IndexedDocument() {
	}

	IndexedDocument(String source, String key) {
		this.source = source;
		this.key = key;
	}

	/** Takes over the document's values, as plain text. */
	void fill(SearchDocument document, String stamp, Instant now) {
		this.stamp = cut(stamp, 200);
		this.kind = document.kind();
		this.url = cut(document.url(), 500);
		this.title = cut(Words.plain(document.title()), 500);
		this.summary = cut(Words.plain(document.summary()), 4000);
		this.body = cut(Words.plain(document.body()), 200_000);
		this.context = cut(Words.plain(document.context()), 2000);
		this.date = document.date();
		this.visibleFrom = document.visibleFrom();
		this.endsAt = document.endsAt();
		this.themes = cut(String.join(SEPARATOR, document.themes()), 2000);
		this.regions = cut(String.join(SEPARATOR, document.regions()), 200);
		this.replaces = (document.replaces() == null) ? null : cut(document.replaces(), 500);
		this.indexedAt = now;
	}

	private static String cut(String text, int max) {
		return (text.length() > max) ? text.substring(0, max) : text;
	}

	@KeywordField(name = "theme", projectable = Projectable.YES, aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "themes")))
	List<String> getThemeList() {
		return split(this.themes);
	}

	@KeywordField(name = "region", projectable = Projectable.YES, aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "regions")))
	List<String> getRegionList() {
		return split(this.regions);
	}

	@GenericField(name = "year", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "date")))
	Integer getYear() {
		return (this.date == null) ? null : this.date.atZone(ZONE).getYear();
	}

	private static List<String> split(String joined) {
		return (joined == null || joined.isEmpty()) ? List.of() : Arrays.asList(joined.split("\\|"));
	}

	Long getId() {
		return this.id;
	}

	String getSource() {
		return this.source;
	}

	String getKey() {
		return this.key;
	}

	String getStamp() {
		return this.stamp;
	}

	String getKind() {
		return this.kind;
	}

	String getUrl() {
		return this.url;
	}

	String getTitle() {
		return this.title;
	}

	String getSummary() {
		return this.summary;
	}

	String getBody() {
		return this.body;
	}

	String getContext() {
		return this.context;
	}

	String getReplaces() {
		return this.replaces;
	}

	Instant getDate() {
		return this.date;
	}

}
