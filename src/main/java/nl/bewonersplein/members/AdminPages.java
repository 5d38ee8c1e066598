package nl.bewonersplein.members;

import java.util.List;

import nl.bewonersplein.shared.FormErrors;
import nl.bewonersplein.shared.Link;

/** The editors' pages of the members module, at {@code /admin/leden}. */
public final class AdminPages {

	private AdminPages() {
	}

	/**
	 * The list of initiatives.
	 *
	 * @param rows the initiatives, by name
	 * @param query the text filter typed
	 * @param newApplications how many applications wait
	 * @param pendingChanges how many members' changes wait
	 */
	public record ListPage(List<Row> rows, String query, long newApplications, long pendingChanges) {

	}

	/**
	 * An initiative in the list.
	 *
	 * @param name its name
	 * @param town its town
	 * @param region its region
	 * @param published whether it is public
	 * @param href its admin page
	 */
	public record Row(String name, String town, String region, boolean published, String href) {

	}

	/**
	 * An initiative's admin page: the form, its state, who keeps it.
	 *
	 * @param id its id
	 * @param published whether it is public
	 * @param publicHref its public profile
	 * @param keepers the members who keep its profile
	 * @param form the profile form
	 * @param conflict whether someone else saved it meanwhile
	 * @param inviteErrors the validation messages of the invite form
	 * @param inviteName the name typed in the invite form
	 * @param inviteEmail the address typed in the invite form
	 */
	public record EditPage(long id, boolean published, String publicHref, List<String> keepers, InitiativeFormPage form,
			boolean conflict, FormErrors inviteErrors, String inviteName, String inviteEmail) {

	}

	/**
	 * The new-initiative page.
	 *
	 * @param form the profile form
	 * @param formToken the form's one-time token
	 */
	public record NewPage(InitiativeFormPage form, String formToken) {

	}

	/**
	 * The applications.
	 *
	 * @param rows newest waiting ones first, then the decided ones
	 */
	public record ApplicationsPage(List<ApplicationRow> rows) {

	}

	/**
	 * An application in the list.
	 *
	 * @param name the initiative's name
	 * @param town its town
	 * @param date when it applied, dd/mm/yyyy
	 * @param status its state, readable
	 * @param href its page
	 */
	public record ApplicationRow(String name, String town, String date, String status, String href) {

	}

	/**
	 * One application, with the forms to decide.
	 *
	 * @param id its id
	 * @param pending whether it still waits
	 * @param status its state, readable
	 * @param facts what the applicant filled in, label and value
	 * @param motivation why it wants to join
	 * @param note the decision note, or the note typed
	 * @param initiativeHref the initiative it led to, or null
	 * @param errors the validation messages of the decision forms
	 */
	public record ApplicationPage(long id, boolean pending, String status, List<Link> facts, String motivation,
			String note, String initiativeHref, FormErrors errors) {

	}

	/**
	 * Members' changes waiting for a decision.
	 *
	 * @param rows the changes, oldest first
	 */
	public record ChangesPage(List<ApplicationRow> rows) {

	}

	/**
	 * The CSV import: the upload form, or the preview of a file.
	 *
	 * @param csv the file's text, carried to the confirmation, or an empty string
	 * @param rows the preview, row by row
	 * @param problems messages about the whole file
	 * @param importable whether the file can be imported (no errors at all)
	 * @param imported how many were just imported, or 0
	 */
	public record ImportPage(String csv, List<ImportRow> rows, List<String> problems, boolean importable,
			int imported) {

	}

	/**
	 * A row of the preview.
	 *
	 * @param line its line number in the file
	 * @param name the initiative's name
	 * @param town its town
	 * @param errors what is wrong with it; empty if nothing
	 */
	public record ImportRow(int line, String name, String town, List<String> errors) {

	}

}
