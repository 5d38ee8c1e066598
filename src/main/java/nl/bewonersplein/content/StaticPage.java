package nl.bewonersplein.content;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * A static page such as "Over ons" or the privacy statement, reachable at
 * {@code /{slug}}. Indexed with the fields every searchable type offers: title, summary,
 * body, url, kind. (Its index keeps the entity's former name, so an existing index stays
 * valid.)
 */
@Entity
@Indexed(index = "Page")
class StaticPage implements EditableText {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	@FullTextField(analyzer = "dutch", projectable = Projectable.YES)
	private String title;

	@FullTextField(analyzer = "dutch", projectable = Projectable.YES)
	private String summary;

	@FullTextField(analyzer = "dutch")
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

	@KeywordField(projectable = Projectable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "slug")))
	String getUrl() {
		return "/" + this.slug;
	}

	@KeywordField(projectable = Projectable.YES)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	String getKind() {
		return "page";
	}

	/** Visible to search while it is published. */
	@GenericField(name = "visibleFrom")
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "published")))
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
