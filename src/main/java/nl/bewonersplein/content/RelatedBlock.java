package nl.bewonersplein.content;

import java.util.List;

/**
 * A block of related items under an article or on a theme page.
 *
 * @param id a short identifier for the heading's anchor
 * @param title the heading, translated
 * @param items the items, never empty
 */
public record RelatedBlock(String id, String title, List<RelatedItem> items) {

}
