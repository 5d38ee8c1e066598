package nl.bewonersplein.audit;

import java.util.List;

import nl.bewonersplein.shared.Link;

/**
 * The audit log page.
 *
 * @param filter the filters as given, for the form
 * @param rows the entries on this page
 * @param previous link to newer entries, or null
 * @param next link to older entries, or null
 */
public record AuditView(AuditFilter filter, String fromText, String toText, List<Row> rows, Link previous, Link next) {

	/**
	 * One entry.
	 *
	 * @param when date and time
	 * @param actor who, or "-" for the system or an anonymous visitor
	 * @param action what, as a code (what the filter matches)
	 * @param description what, in words ({@code audit.action.<code>}, else the code)
	 * @param subject to what
	 * @param detail extra facts
	 */
	public record Row(String when, String actor, String action, String description, String subject, String detail) {

	}

}
