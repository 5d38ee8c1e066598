package nl.bewonersplein.members;

import java.time.Instant;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A member's proposed change of its own initiative's profile. It waits for an editor, who
 * approves it (then it shows) or sends it back with a remark. One per initiative waits at
 * a time: a new proposal replaces the waiting one.
 */
@Entity
class MemberChange {

	enum Status {

		PENDING, APPROVED, RETURNED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long initiativeId;

	private long accountId;

	@Enumerated(EnumType.STRING)
	private Status status;

	private String name;

	@Enumerated(EnumType.STRING)
	private InitiativeKind kind;

	private String town;

	private String summary;

	private String description;

	private String website;

	private String socialLinks;

	private Integer foundedYear;

	/** Theme ids, separated by spaces. */
	private String themes;

	/** Goal numbers, separated by spaces. */
	private String goals;

	/** Whether the change gives the initiative another image (or takes it away). */
	private boolean imageChange;

	/** The proposed image's stable address in the media library; null for none. */
	private String imagePath;

	private String remark;

	private Instant createdAt;

	private Instant decidedAt;

	@Version
	private long version;

	protected MemberChange() {
	}

	MemberChange(long initiativeId, long accountId, MemberInitiative.Profile proposed, Instant now) {
		this.initiativeId = initiativeId;
		propose(accountId, proposed, now);
	}

	void propose(long accountId, MemberInitiative.Profile proposed, Instant now) {
		this.accountId = accountId;
		this.status = Status.PENDING;
		this.name = proposed.name();
		this.kind = proposed.kind();
		this.town = proposed.town();
		this.summary = proposed.summary();
		this.description = (proposed.description() != null) ? proposed.description() : "";
		this.website = proposed.website();
		this.socialLinks = (proposed.socialLinks() != null) ? proposed.socialLinks() : "";
		this.foundedYear = proposed.foundedYear();
		this.themes = proposed.themeIds()
			.stream()
			.map(String::valueOf)
			.sorted()
			.reduce((a, b) -> a + " " + b)
			.orElse("");
		this.goals = Goals.format(proposed.goals());
		this.remark = null;
		this.createdAt = now;
		this.decidedAt = null;
	}

	/** The profile as proposed, on top of what the member cannot change. */
	MemberInitiative.Profile proposed(MemberInitiative.Profile current) {
		Set<Long> themeIds = new java.util.TreeSet<>();
		for (String part : this.themes.split(" ")) {
			if (!part.isBlank()) {
				themeIds.add(Long.valueOf(part));
			}
		}
		boolean moved = !Places.key(current.town()).equals(Places.key(this.town));
		return new MemberInitiative.Profile(this.name, this.kind, moved ? null : current.region(), this.town,
				this.summary, this.description, this.website, this.socialLinks, current.contactEmail(),
				this.foundedYear, moved ? null : current.latitude(), moved ? null : current.longitude(), themeIds,
				Goals.parse(this.goals));
	}

	/**
	 * Proposes another image (an address in the library; null takes the image away). The
	 * change waits again; the rest of what it proposes stays.
	 */
	void proposeImage(long accountId, String path, Instant now) {
		this.accountId = accountId;
		this.status = Status.PENDING;
		this.imageChange = true;
		this.imagePath = path;
		this.remark = null;
		this.createdAt = now;
		this.decidedAt = null;
	}

	boolean changesImage() {
		return this.imageChange;
	}

	/** The image as proposed: the member's upload with the library's texts, or none. */
	InitiativeImage proposedImage(InitiativeImage current) {
		return this.imageChange ? new InitiativeImage(this.imagePath, null, null) : current;
	}

	void decide(Status status, String remark, Instant now) {
		this.status = status;
		this.remark = remark;
		this.decidedAt = now;
	}

	Long getId() {
		return this.id;
	}

	long getInitiativeId() {
		return this.initiativeId;
	}

	long getAccountId() {
		return this.accountId;
	}

	Status getStatus() {
		return this.status;
	}

	String getRemark() {
		return this.remark;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getDecidedAt() {
		return this.decidedAt;
	}

	long getVersion() {
		return this.version;
	}

}
