package nl.bewonersplein.editorial;

/**
 * The question whether to delete a published item, with the choice what its visitors get
 * from then on: a page saying it was removed (410), or a redirect to another page.
 *
 * @param title the page title
 * @param question the question, naming the item
 * @param action where the answer posts to
 * @param back where "no" leads
 * @param address the item's public address
 * @param target the redirect target typed, or empty
 * @param error the message about the target, or empty
 */
public record DeletionPage(String title, String question, String action, String back, String address, String target,
		String error) {

}
