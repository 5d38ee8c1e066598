package nl.bewonersplein.content;

import java.util.List;

import nl.bewonersplein.shared.Link;

/**
 * A static page or a theme, ready to show.
 *
 * @param title the page's heading
 * @param summary the lead paragraph
 * @param bodyHtml sanitised body
 * @param updated date of the last change, dd/mm/yyyy
 * @param crumbs the breadcrumb trail, home first
 */
public record StaticPageView(String title, String summary, String bodyHtml, String updated, List<Link> crumbs) {

}
