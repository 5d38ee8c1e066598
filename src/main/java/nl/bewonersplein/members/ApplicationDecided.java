package nl.bewonersplein.members;

import nl.bewonersplein.audit.Audited;

/**
 * A coordinator approved or declined an application to become a member.
 *
 * @param applicationId the application
 * @param approved whether it was approved
 * @param initiative the subject of the initiative it created ({@code Initiatief 3 "…"}),
 * empty when declined
 */
public record ApplicationDecided(long applicationId, boolean approved, String initiative) implements Audited {

	@Override
	public String action() {
		return this.approved ? "member.application-approved" : "member.application-declined";
	}

	@Override
	public String subject() {
		return "Aanmelding " + this.applicationId;
	}

	@Override
	public String detail() {
		return this.initiative;
	}

}
