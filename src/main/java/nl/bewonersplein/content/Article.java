package nl.bewonersplein.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An article: news, explainer, position, story or knowledge. The body is CommonMark,
 * rendered through {@link BodyRenderer}. The same article can be a chapter of a toolkit:
 * one body, one place to edit it.
 */
@Entity
class Article {

	enum Status {

		DRAFT, PUBLISHED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private ArticleKind kind;

	private String title;

	private String summary;

	private String body;

	private String imagePath;

	private String imageAlt;

	private String imageCaption;

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private Status status;

	private Instant publishedAt;

	private Instant updatedAt;

	@ManyToMany
	@JoinTable(name = "article_theme", joinColumns = @JoinColumn(name = "article_id"),
			inverseJoinColumns = @JoinColumn(name = "theme_id"))
	private Set<Theme> themes = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "article_supporter", joinColumns = @JoinColumn(name = "article_id"),
			inverseJoinColumns = @JoinColumn(name = "supporter_id"))
	private Set<Supporter> supporters = new LinkedHashSet<>();

	/** Paths of pinned related items, of any module, shown before the automatic ones. */
	@ElementCollection
	@CollectionTable(name = "article_pin", joinColumns = @JoinColumn(name = "article_id"))
	@OrderColumn(name = "position")
	@Column(name = "ref")
	private List<String> pins = new ArrayList<>();

	private String ctaLabel;

	private String ctaUrl;

	@Version
	private long version;

	protected Article() {
	}

	Article(ArticleKind kind, String slug, String title, String summary, String body, Instant now) {
		this.kind = kind;
		this.slug = slug;
		this.title = title;
		this.summary = summary;
		this.body = body;
		this.status = Status.DRAFT;
		this.updatedAt = now;
	}

	void edit(ArticleKind kind, String slug, String title, String summary, String body, Instant now) {
		this.kind = kind;
		this.slug = slug;
		this.title = title;
		this.summary = summary;
		this.body = body;
		this.updatedAt = now;
	}

	void setCallToAction(String label, String url) {
		this.ctaLabel = label;
		this.ctaUrl = url;
	}

	void publish(Instant at) {
		this.status = Status.PUBLISHED;
		this.publishedAt = at;
	}

	void unpublish() {
		this.status = Status.DRAFT;
	}

	boolean isPublished(Instant now) {
		return this.status == Status.PUBLISHED && this.publishedAt != null && !this.publishedAt.isAfter(now);
	}

	String getUrl() {
		return this.kind.section() + "/" + this.slug;
	}

	String getKindName() {
		return this.kind.name().toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * From when search may show it: the publication moment, or null while it is a draft.
	 */
	Instant getVisibleFrom() {
		return (this.status == Status.PUBLISHED) ? this.publishedAt : null;
	}

	Long getId() {
		return this.id;
	}

	String getSlug() {
		return this.slug;
	}

	ArticleKind getKind() {
		return this.kind;
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

	String getImagePath() {
		return this.imagePath;
	}

	String getImageAlt() {
		return this.imageAlt;
	}

	String getImageCaption() {
		return this.imageCaption;
	}

	void setImage(String path, String alt, String caption) {
		this.imagePath = path;
		this.imageAlt = alt;
		this.imageCaption = caption;
	}

	Status getStatus() {
		return this.status;
	}

	Instant getPublishedAt() {
		return this.publishedAt;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	Set<Theme> getThemes() {
		return this.themes;
	}

	Set<Supporter> getSupporters() {
		return this.supporters;
	}

	List<String> getPins() {
		return this.pins;
	}

	String getCtaLabel() {
		return this.ctaLabel;
	}

	String getCtaUrl() {
		return this.ctaUrl;
	}

	long getVersion() {
		return this.version;
	}

	/** When its page last changed: the later of publication and last edit. */
	Instant getLastModified() {
		return lastModified(this.publishedAt, this.updatedAt);
	}

	/** The later of publication (null while a draft) and last edit. */
	static Instant lastModified(Instant publishedAt, Instant updatedAt) {
		if (publishedAt != null && publishedAt.isAfter(updatedAt)) {
			return publishedAt;
		}
		return updatedAt;
	}

}
