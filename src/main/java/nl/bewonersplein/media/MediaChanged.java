package nl.bewonersplein.media;

import nl.bewonersplein.audit.Audited;

/**
 * An editor uploaded, changed, replaced or deleted a file of the library; recorded by the
 * audit log and the reason caches of rendered bodies and images are refreshed. Other
 * modules that keep something made with a file (the toolkit's printed booklet) listen to
 * it too.
 *
 * @param id the file's number
 * @param change {@code uploaded}, {@code updated}, {@code replaced} or {@code deleted}
 * @param subject the file as the audit log names it
 */
public record MediaChanged(long id, String change, String subject) implements Audited {

	@Override
	public String action() {
		return "media." + this.change;
	}

}
