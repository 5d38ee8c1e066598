package nl.bewonersplein.editorial;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One saved state of an item of any editable type: who saved it, when, which fields
 * changed, and all its fields as text. {@code live} marks the state visitors see.
 */
@Entity
@Table(name = "editorial_revision")
class Revision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String kind;

	private long itemId;

	private int number;

	private Instant createdAt;

	private String author;

	private String changed;

	private String note;

	private boolean live;

	private String snapshot;

	protected Revision() {
	}

	Revision(String kind, long itemId, int number, Instant createdAt, String author, String changed, String note,
			String snapshot) {
		this.kind = kind;
		this.itemId = itemId;
		this.number = number;
		this.createdAt = createdAt;
		this.author = author;
		this.changed = changed;
		this.note = note;
		this.snapshot = snapshot;
	}

	Long getId() {
		return this.id;
	}

	int getNumber() {
		return this.number;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	String getAuthor() {
		return this.author;
	}

	String getChanged() {
		return this.changed;
	}

	String getNote() {
		return this.note;
	}

	boolean isLive() {
		return this.live;
	}

	void setLive(boolean live) {
		this.live = live;
	}

	String getSnapshot() {
		return this.snapshot;
	}

}
