package nl.bewonersplein.search;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Words and phrases that mean the same to the people searching, e.g. "subsidie,
 * buurtbudget, fonds" or "R2C, Right to Challenge". Editors keep them at
 * {@code /admin/zoeken}; search applies them to each query, so no re-index is needed.
 */
@Entity
@Table(name = "search_synonym")
class SynonymGroup {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String terms;

	private Instant updatedAt;

	@Version
	private long version;

	protected SynonymGroup() {
	}

	SynonymGroup(String terms, Instant now) {
		change(terms, now);
	}

	void change(String terms, Instant now) {
		this.terms = String.join(", ", split(terms));
		this.updatedAt = now;
	}

	/** The terms of a comma-separated list, trimmed, without empty or repeated ones. */
	static List<String> split(String terms) {
		return Arrays.stream(terms.split("[,;\\n]")).map(String::strip).filter((t) -> !t.isEmpty()).distinct().toList();
	}

	Long getId() {
		return this.id;
	}

	String getTerms() {
		return this.terms;
	}

	List<String> termList() {
		return split(this.terms);
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	long getVersion() {
		return this.version;
	}

}
