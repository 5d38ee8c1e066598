package nl.bewonersplein.toolkit;

import java.util.List;

import nl.bewonersplein.shared.FormErrors;
import nl.bewonersplein.shared.Link;

/**
 * The editor's page of one toolkit: its texts, its structure of chapters and articles
 * with buttons to change their order, and its editions.
 *
 * @param id the toolkit's id
 * @param title its title
 * @param published whether it is online
 * @param edition the current edition number (0 before the first)
 * @param editionDate the current edition's date, dd/mm/yyyy, or empty
 * @param publicHref its public page
 * @param form the form with the toolkit's texts
 * @param errors the form's validation messages
 * @param chapterErrors the validation messages of a chapter form
 * @param chapters its chapters in order
 * @param choices the articles that can be added
 * @param supporters the funders and partners it can thank (href = id), the chosen marked
 */
public record ToolkitAdminPage(long id, String title, boolean published, int edition, String editionDate,
		String publicHref, ToolkitForm form, FormErrors errors, FormErrors chapterErrors, List<ChapterRow> chapters,
		List<Choice> choices, List<Link> supporters) {

	/** The base path of this toolkit's admin pages. */
	public String href() {
		return "/admin/toolkits/" + this.id;
	}

	/**
	 * A chapter in the structure.
	 *
	 * @param id its id
	 * @param title its title
	 * @param intro its introduction
	 * @param first whether it is the first chapter
	 * @param last whether it is the last chapter
	 * @param articles its articles in order
	 */
	public record ChapterRow(long id, String title, String intro, boolean first, boolean last, List<ItemRow> articles) {

	}

	/**
	 * An article in a chapter.
	 *
	 * @param id the id of its place in the chapter
	 * @param title the article's title, or a note that it is gone
	 * @param published whether readers see it
	 * @param first whether it is first in its chapter
	 * @param last whether it is last in its chapter
	 */
	public record ItemRow(long id, String title, boolean published, boolean first, boolean last) {

	}

	/**
	 * An article to choose from.
	 *
	 * @param id the article's id
	 * @param label its title and type
	 */
	public record Choice(long id, String label) {

	}

}
