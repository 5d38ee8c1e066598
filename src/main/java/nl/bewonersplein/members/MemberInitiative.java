package nl.bewonersplein.members;

import nl.bewonersplein.shared.Region;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * A member initiative of the network, shown at {@code /leden/{slug}} while published. Its
 * contact address is never shown: visitors write through the contact form. Site search
 * will take name, town, region, kind, themes and descriptions through its contract.
 */
@Entity
class MemberInitiative {

	/** Published initiatives are in the directory; drafts wait for an editor. */
	enum Status {

		DRAFT, PUBLISHED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String name;

	@Enumerated(EnumType.STRING)
	private InitiativeKind kind;

	@Enumerated(EnumType.STRING)
	private Region region;

	private String town;

	private String summary;

	private String description;

	/** The stable address of its logo or photo in the media library, or null. */
	private String imagePath;

	/** The image's text alternative here, or null for the library's. */
	private String imageAlt;

	/** The image's caption here, or null for the library's. */
	private String imageCaption;

	private String website;

	/** Links to its pages elsewhere (social media), one per line. */
	private String socialLinks;

	/** Where contact-form messages go; never shown. */
	private String contactEmail;

	private Integer foundedYear;

	private Double latitude;

	private Double longitude;

	@Enumerated(EnumType.STRING)
	private Status status;

	// Eager, by one subselect for all initiatives loaded together: views built outside a
	// transaction need them, and a list never loads them one by one.
	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "member_initiative_theme", joinColumns = @JoinColumn(name = "initiative_id"))
	@Column(name = "theme_id")
	private Set<Long> themeIds = new TreeSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "member_initiative_goal", joinColumns = @JoinColumn(name = "initiative_id"))
	@Column(name = "goal")
	private Set<Integer> goals = new TreeSet<>();

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected MemberInitiative() {
	}

	MemberInitiative(String slug, Profile profile, Status status, Instant now) {
		this.slug = slug;
		this.status = status;
		this.createdAt = now;
		apply(profile, now);
	}

	/**
	 * The fields of a profile, as editors, members, applications and CSV rows give them.
	 *
	 * @param name the initiative's name
	 * @param kind what sort of initiative
	 * @param region the region (derived from the town where known)
	 * @param town the town
	 * @param summary one or two sentences
	 * @param description the long description (the shared body format)
	 * @param website its website, or null
	 * @param socialLinks other links, one per line, or an empty string
	 * @param contactEmail where messages go, or null
	 * @param foundedYear the year it started, or null
	 * @param latitude its location, or null (then the town's)
	 * @param longitude its location, or null
	 * @param themeIds the content themes it works on
	 * @param goals the Sustainable Development Goals (1-17) it contributes to
	 */
	record Profile(String name, InitiativeKind kind, Region region, String town, String summary, String description,
			String website, String socialLinks, String contactEmail, Integer foundedYear, Double latitude,
			Double longitude, Set<Long> themeIds, Set<Integer> goals) {

	}

	void apply(Profile profile, Instant now) {
		this.name = profile.name();
		this.kind = profile.kind();
		this.region = profile.region();
		this.town = profile.town();
		this.summary = profile.summary();
		this.description = (profile.description() != null) ? profile.description() : "";
		this.website = blankToNull(profile.website());
		this.socialLinks = (profile.socialLinks() != null) ? profile.socialLinks().strip() : "";
		this.contactEmail = blankToNull(profile.contactEmail());
		this.foundedYear = profile.foundedYear();
		this.latitude = profile.latitude();
		this.longitude = profile.longitude();
		this.themeIds.clear();
		this.themeIds.addAll(profile.themeIds());
		this.goals.clear();
		this.goals.addAll(profile.goals());
		this.updatedAt = now;
	}

	Profile profile() {
		return new Profile(this.name, this.kind, this.region, this.town, this.summary, this.description, this.website,
				this.socialLinks, this.contactEmail, this.foundedYear, this.latitude, this.longitude,
				new TreeSet<>(this.themeIds), new TreeSet<>(this.goals));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	String getUrl() {
		return MemberPaths.profile(this.slug);
	}

	List<String> socialLinkList() {
		if (this.socialLinks == null || this.socialLinks.isBlank()) {
			return List.of();
		}
		return Arrays.stream(this.socialLinks.split("\\R")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

	boolean isPublished() {
		return this.status == Status.PUBLISHED;
	}

	void setStatus(Status status, Instant now) {
		this.status = status;
		this.updatedAt = now;
	}

	void setSlug(String slug) {
		this.slug = slug;
	}

	void setImage(InitiativeImage image) {
		this.imagePath = image.path();
		this.imageAlt = image.alt();
		this.imageCaption = image.caption();
	}

	InitiativeImage image() {
		return new InitiativeImage(this.imagePath, this.imageAlt, this.imageCaption);
	}

	Long getId() {
		return this.id;
	}

	String getSlug() {
		return this.slug;
	}

	String getName() {
		return this.name;
	}

	InitiativeKind getKind() {
		return this.kind;
	}

	Region getRegion() {
		return this.region;
	}

	String getTown() {
		return this.town;
	}

	String getSummary() {
		return this.summary;
	}

	String getDescription() {
		return this.description;
	}

	String getImagePath() {
		return this.imagePath;
	}

	String getWebsite() {
		return this.website;
	}

	String getSocialLinks() {
		return this.socialLinks;
	}

	String getContactEmail() {
		return this.contactEmail;
	}

	Integer getFoundedYear() {
		return this.foundedYear;
	}

	Double getLatitude() {
		return this.latitude;
	}

	Double getLongitude() {
		return this.longitude;
	}

	Status getStatus() {
		return this.status;
	}

	Set<Long> getThemeIds() {
		return this.themeIds;
	}

	Set<Integer> getGoals() {
		return this.goals;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	long getVersion() {
		return this.version;
	}

}
