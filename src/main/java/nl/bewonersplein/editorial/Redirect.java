package nl.bewonersplein.editorial;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An old address: of a page whose address changed, of a deleted page (no new address: 410
 * Gone), or one an editor added by hand (such as an address of an older site). Visitors
 * of the old address are sent to the current one for good (301), so printed postcards and
 * QR codes keep working; each visit is counted.
 */
@Entity
@Table(name = "slug_redirect")
class Redirect {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String oldPath;

	private String newPath;

	private Instant createdAt;

	private long hits;

	private Instant lastHitAt;

	private boolean manual;

	protected Redirect() {
	}

	Redirect(String oldPath, String newPath, Instant createdAt) {
		this.oldPath = oldPath;
		this.newPath = newPath;
		this.createdAt = createdAt;
	}

	static Redirect manual(String oldPath, String newPath, Instant createdAt) {
		Redirect redirect = new Redirect(oldPath, newPath, createdAt);
		redirect.manual = true;
		return redirect;
	}

	void change(String oldPath, String newPath) {
		this.oldPath = oldPath;
		this.newPath = newPath;
		this.manual = true;
	}

	Long getId() {
		return this.id;
	}

	String getOldPath() {
		return this.oldPath;
	}

	/** The current address, or null when the page is gone. */
	String getNewPath() {
		return this.newPath;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	long getHits() {
		return this.hits;
	}

	Instant getLastHitAt() {
		return this.lastHitAt;
	}

	boolean isManual() {
		return this.manual;
	}

}
