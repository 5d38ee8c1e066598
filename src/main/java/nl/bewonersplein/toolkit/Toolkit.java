package nl.bewonersplein.toolkit;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A toolkit such as "Betrokken Buurten tegen eenzaamheid": its cover texts, edition and
 * acknowledgements. Its themes and their articles are {@link ToolkitTheme} and
 * {@link ToolkitItem} rows; every change to them touches {@link #updatedAt}.
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

	private int edition;

	private LocalDate editionDate;

	/**
	 * One organisation per line: the name, optionally followed by a space and its URL.
	 */
	private String funders;

	private String partners;

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

	void describe(String title, String subtitle, String intro, String howItWorks, String funders, String partners,
			Instant now) {
		this.title = title;
		this.subtitle = subtitle;
		this.intro = intro;
		this.howItWorks = howItWorks;
		this.funders = funders;
		this.partners = partners;
		touch(now);
	}

	void cover(String image, String alt) {
		this.coverImage = image;
		this.coverAlt = alt;
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

	int getEdition() {
		return this.edition;
	}

	LocalDate getEditionDate() {
		return this.editionDate;
	}

	String getFunders() {
		return this.funders;
	}

	String getPartners() {
		return this.partners;
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

}
