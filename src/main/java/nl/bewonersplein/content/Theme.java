package nl.bewonersplein.content;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A theme (dossier) such as "Eenzaamheid verminderen": a name, a short summary and an
 * introduction, shown at {@code /thema/{slug}}. Articles, events and members are filed
 * under themes.
 */
@Entity
class Theme implements EditableText {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String title;

	private String summary;

	private String body;

	private int position;

	private Instant updatedAt;

	private boolean published = true;

	@Version
	private long version;

	protected Theme() {
	}

	Theme(String slug, String title, String summary, String body, int position, Instant updatedAt) {
		this.slug = slug;
		this.title = title;
		this.summary = summary;
		this.body = body;
		this.position = position;
		this.updatedAt = updatedAt;
	}

	String getUrl() {
		return "/thema/" + this.slug;
	}

	String getKind() {
		return "theme";
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

	int getPosition() {
		return this.position;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	void edit(String slug, String title, String summary, String body, int position, Instant now) {
		this.slug = slug;
		this.title = title;
		this.summary = summary;
		this.body = body;
		this.position = position;
		this.updatedAt = now;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

}
