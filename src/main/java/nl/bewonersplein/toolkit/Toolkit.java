package nl.bewonersplein.toolkit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A toolkit such as "Betrokken Buurten tegen eenzaamheid": its cover texts, edition and
 * acknowledgements. Its chapters and their articles are {@link ToolkitChapter} and
 * {@link ToolkitItem} rows; every change to them touches {@link #updatedAt}. Its title
 * and cover texts are in the site search (its steps are found as the knowledge articles
 * they are).
 */
@Entity
class Toolkit {

	enum Status {

		DRAFT, PUBLISHED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String title;

	private String subtitle;

	private String intro;

	private String howItWorks;

	private String coverImage;

	private String coverAlt;

	private String coverCaption;

	private int edition;

	private LocalDate editionDate;

	/**
	 * The funders and partners it thanks, in order: ids of the content module's
	 * supporters.
	 */
	@ElementCollection
	@CollectionTable(name = "toolkit_supporter", joinColumns = @JoinColumn(name = "toolkit_id"))
	@OrderColumn(name = "position")
	@Column(name = "supporter_id")
	private List<Long> supporterIds = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private Status status;

	private Instant updatedAt;

	@Version
	private long version;

	protected Toolkit() {
	}

	Toolkit(String slug, Instant now) {
		this.slug = slug;
		this.status = Status.DRAFT;
		this.edition = 0;
		this.updatedAt = now;
	}

	void describe(String title, String subtitle, String intro, String howItWorks, List<Long> supporterIds,
			Instant now) {
		this.title = title;
		this.subtitle = subtitle;
		this.intro = intro;
		this.howItWorks = howItWorks;
		this.supporterIds.clear();
		this.supporterIds.addAll(supporterIds);
		touch(now);
	}

	void cover(String image, String alt, String caption) {
		this.coverImage = image;
		this.coverAlt = alt;
		this.coverCaption = caption;
	}

	/** Publishes the next edition, dated today. */
	void publishEdition(LocalDate today, Instant now) {
		this.edition++;
		this.editionDate = today;
		this.status = Status.PUBLISHED;
		touch(now);
	}

	void withdraw(Instant now) {
		this.status = Status.DRAFT;
		touch(now);
	}

	void touch(Instant now) {
		this.updatedAt = now;
	}

	boolean isPublished() {
		return this.status == Status.PUBLISHED;
	}

	Long getId() {
		return this.id;
	}

	String getSlug() {
		return this.slug;
	}

	String getTitle() {
		return this.title;
	}

	String getSubtitle() {
		return this.subtitle;
	}

	String getIntro() {
		return this.intro;
	}

	String getHowItWorks() {
		return this.howItWorks;
	}

	String getCoverImage() {
		return this.coverImage;
	}

	String getCoverAlt() {
		return this.coverAlt;
	}

	String getCoverCaption() {
		return this.coverCaption;
	}

	int getEdition() {
		return this.edition;
	}

	LocalDate getEditionDate() {
		return this.editionDate;
	}

	List<Long> getSupporterIds() {
		return this.supporterIds;
	}

	Status getStatus() {
		return this.status;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	long getVersion() {
		return this.version;
	}

	/** For search: the subtitle, or the intro when there is none. */
	String getSearchSummary() {
		return (this.subtitle != null && !this.subtitle.isBlank()) ? this.subtitle : this.intro;
	}

	String getSearchBody() {
		return ((this.intro != null) ? this.intro : "") + "\n\n" + ((this.howItWorks != null) ? this.howItWorks : "");
	}

	String getUrl() {
		return "/toolkit/" + this.slug;
	}

	String getKindName() {
		return "toolkit";
	}

	/** Search shows a published toolkit (always) and no draft. */
	Instant getVisibleFrom() {
		return (this.status == Status.PUBLISHED) ? Instant.EPOCH : null;
	}

}
