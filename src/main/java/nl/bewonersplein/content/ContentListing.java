package nl.bewonersplein.content;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import nl.bewonersplein.admin.AdminListing;

import org.springframework.context.MessageSource;

/** The admin-list entries of articles, pages and themes: one way to name their status. */
final class ContentListing {

	static final String TEMPLATE = "admin/listing";

	private ContentListing() {
	}

	/**
	 * An entry whose status is "online", "gepland" (scheduled) or "concept".
	 * @param base the type's admin address, e.g. {@code /admin/artikelen}
	 * @param url its public address
	 */
	static AdminListing.Entry entry(MessageSource messages, Locale locale, long id, String title, String base,
			String url, boolean online, boolean scheduled, String kind, List<String> themes, Instant changed) {
		String status = online ? "online" : scheduled ? "gepland" : "concept";
		return new AdminListing.Entry(id, title, base + "/" + id, online ? url : "", status,
				messages.getMessage("content.admin.list.status." + status, null, locale), kind, themes, changed);
	}

}
