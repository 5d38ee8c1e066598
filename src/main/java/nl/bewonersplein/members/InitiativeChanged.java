package nl.bewonersplein.members;

import nl.bewonersplein.audit.Audited;

/**
 * Staff or a member changed a member initiative: created, changed, published, taken
 * offline, deleted, or a member's proposed change approved or sent back. Published in the
 * transaction of the change; the audit log records it and the search index follows.
 *
 * @param change what changed, e.g. {@code published} or {@code change-approved}
 * @param id the initiative's id
 * @param name the initiative's name
 * @param detail extra facts, e.g. {@code wijziging 12}; empty if none
 */
public record InitiativeChanged(String change, long id, String name, String detail) implements Audited {

	static InitiativeChanged of(String change, MemberInitiative initiative) {
		return of(change, initiative, "");
	}

	static InitiativeChanged of(String change, MemberInitiative initiative, String detail) {
		return new InitiativeChanged(change, initiative.getId(), initiative.getName(), detail);
	}

	@Override
	public String action() {
		return "member." + this.change;
	}

	@Override
	public String subject() {
		return "Initiatief " + this.id + " \"" + this.name + "\"";
	}

}
