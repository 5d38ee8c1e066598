package nl.bewonersplein.media;

import java.util.List;

import nl.bewonersplein.shared.FormErrors;
import nl.bewonersplein.shared.Link;

/** The view records of the library's admin pages at {@code /admin/media}. */
public final class MediaAdminPages {

	private MediaAdminPages() {
	}

	/**
	 * The library list.
	 *
	 * @param rows the files on this page
	 * @param text the search words
	 * @param kinds the options of the "soort" filter
	 * @param uses the options of the "gebruik" filter
	 * @param sorts the options of the order
	 * @param total how many files match
	 * @param page this page's number
	 * @param pages how many pages there are
	 * @param previous the previous page's URL, or null
	 * @param next the next page's URL, or null
	 */
	public record ListPage(List<Row> rows, String text, List<Option> kinds, List<Option> uses, List<Option> sorts,
			int total, int page, int pages, String previous, String next) {

	}

	/**
	 * One file in the list.
	 *
	 * @param href its detail page
	 * @param thumbnail a small file of an image, or empty for a document
	 * @param name the uploaded file's name
	 * @param kind "Afbeelding" or "Document"
	 * @param alt its alt text, or what stands for none
	 * @param facts size and dimensions, readable
	 * @param date when it was uploaded
	 * @param use "In gebruik" or "Niet gebruikt"
	 */
	public record Row(long id, String href, String thumbnail, String name, String kind, String alt, String facts,
			String date, String use) {

	}

	/** An option of a filter or sort select. */
	public record Option(String value, String label, boolean selected) {

	}

	/**
	 * The texts of a file as a form shows them.
	 *
	 * @param alt the alt text typed
	 * @param decorative whether "decoratief" is ticked
	 * @param caption the caption typed
	 * @param credit the credit typed
	 */
	public record Texts(String alt, boolean decorative, String caption, String credit) {

		static Texts of(MediaForm form) {
			return new Texts(form.alt(), form.decoratief(), form.bijschrift(), form.maker());
		}

		static Texts of(MediaItem item) {
			return new Texts(item.alt(), item.decorative(), item.caption(), item.credit());
		}

	}

	/**
	 * The upload form.
	 *
	 * @param texts what was typed
	 * @param errors the messages by field ({@code bestand}, {@code alt}, ...)
	 * @param formToken the form's one-time token
	 */
	public record UploadPage(Texts texts, FormErrors errors, String formToken) {

	}

	/**
	 * A file's page: what it is, where it is used, its texts to edit, a new file to
	 * upload and the way to delete it.
	 *
	 * @param heading the page title
	 * @param document whether it is a PDF document
	 * @param preview the image as shown on pages, or null for a document
	 * @param url its stable URL
	 * @param markdown what to paste into a text to show it there
	 * @param facts name, size, dimensions and dates, readable
	 * @param uses where it is used
	 * @param texts the texts in the form
	 * @param errors messages of the text form
	 * @param version the version the form was read at
	 * @param conflict whether someone saved it in between
	 * @param replaceErrors messages of the replace form
	 */
	public record DetailPage(long id, String heading, boolean document, Picture preview, String url, String markdown,
			List<Fact> facts, List<Link> uses, Texts texts, FormErrors errors, int version, boolean conflict,
			FormErrors replaceErrors) {

	}

	/** A fact in the details list. */
	public record Fact(String label, String value) {

	}

	/**
	 * The answer when a file cannot be deleted: the places that still use it.
	 *
	 * @param heading the page title
	 * @param uses the places, each with the page where it can be changed
	 * @param back the file's page
	 */
	public record InUsePage(String heading, List<Link> uses, String back) {

	}

	/**
	 * The picker without JavaScript: images with the text to paste.
	 *
	 * @param items the images
	 * @param text the search words
	 * @param previous the previous page, or null
	 * @param next the next page, or null
	 */
	public record PickerPage(List<PickerItem> items, String text, String previous, String next) {

	}

	/**
	 * An image in the picker (also its JSON answer).
	 *
	 * @param id its number
	 * @param thumbnail a small file
	 * @param width the width of its largest file
	 * @param height its height
	 * @param alt its alt text (empty if decorative)
	 * @param decorative whether it is decorative
	 * @param caption its caption
	 * @param credit its credit
	 * @param markdown what to insert into a body
	 */
	public record PickerItem(long id, String thumbnail, int width, int height, String alt, boolean decorative,
			String caption, String credit, String markdown) {

	}

}
