package nl.bewonersplein.editorial;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An old address of a page whose address changed. Visitors of the old address are sent to
 * the current one for good (301), so printed postcards and QR codes keep working.
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

	protected Redirect() {
	}

	Redirect(String oldPath, String newPath, Instant createdAt) {
		this.oldPath = oldPath;
		this.newPath = newPath;
		this.createdAt = createdAt;
	}

	String getNewPath() {
		return this.newPath;
	}

}
