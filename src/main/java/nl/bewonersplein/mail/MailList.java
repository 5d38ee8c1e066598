package nl.bewonersplein.mail;

import java.util.List;

import nl.bewonersplein.shared.Link;

/**
 * The admin list of mails in the outbox, newest first, one page.
 *
 * @param rows the mails on this page
 * @param filters links to show all mails or only those with one status, the current one
 * marked
 * @param previous link to the newer page, or null
 * @param next link to the older page, or null
 * @param page this page's number, from 1
 * @param pages the number of pages, at least 1
 * @param sending whether this site sends mail; if not, a note says why mails wait
 */
public record MailList(List<Row> rows, List<Link> filters, Link previous, Link next, int page, int pages,
		boolean sending) {

	/**
	 * One mail in the list.
	 *
	 * @param href its detail page
	 * @param date when it was queued, e.g. {@code 08/12/2026 19:30}
	 * @param recipient the recipient's address (admins only)
	 * @param subject the subject line
	 * @param statusKey message key of its status
	 * @param statusClass CSS class for the status label
	 */
	public record Row(String href, String date, String recipient, String subject, String statusKey,
			String statusClass) {

	}

}
