package nl.bewonersplein.content;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A static page such as "Over ons" or the privacy statement, reachable at
 * {@code /{slug}}. Indexed with the fields every searchable type offers: title, summary,
 * body, url, kind. (Its index keeps the entity's former name, so an existing index stays
 * valid.)
 */
@Entity
class StaticPage implements EditableText {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String title;

	private String summary;

	private String body;

	private Instant updatedAt;

	private boolean published = true;

	@Version
	private long version;

	protected StaticPage() {
	}

	StaticPage(String slug, String title, String summary, String body, Instant updatedAt) {
		this.slug = slug;
		this.title = title;
		this.summary = summary;
		this.body = body;
		this.updatedAt = updatedAt;
	}

	String getUrl() {
		return "/" + this.slug;
	}

	String getKind() {
		return "page";
	}

	/** Visible to search while it is published. */
	Instant getVisibleFrom() {
		return this.published ? Instant.EPOCH : null;
	}

	@Override
	public boolean isPublished() {
		return this.published;
	}

	@Override
	public void setPublished(boolean published) {
		this.published = published;
	}

	@Override
	public Long getId() {
		return this.id;
	}

	String getSlug() {
		return this.slug;
	}

	@Override
	public String getTitle() {
		return this.title;
	}

	String getSummary() {
		return this.summary;
	}

	String getBody() {
		return this.body;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	void edit(String slug, String title, String summary, String body, Instant now) {
		this.slug = slug;
		this.title = title;
		this.summary = summary;
		this.body = body;
		this.updatedAt = now;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

}
