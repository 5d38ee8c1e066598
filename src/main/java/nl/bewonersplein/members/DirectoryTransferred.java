package nl.bewonersplein.members;

import nl.bewonersplein.audit.Audited;

/**
 * Staff exported the member directory as CSV, or imported initiatives from one.
 *
 * @param imported true for an import, false for an export
 * @param count how many initiatives
 */
public record DirectoryTransferred(boolean imported, int count) implements Audited {

	@Override
	public String action() {
		return this.imported ? "member.imported" : "member.exported";
	}

	@Override
	public String subject() {
		return "Ledenlijst";
	}

	@Override
	public String detail() {
		return this.count + " initiatieven";
	}

}
