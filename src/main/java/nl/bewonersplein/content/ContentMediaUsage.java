package nl.bewonersplein.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.bewonersplein.media.MediaLibrary;
import nl.bewonersplein.media.MediaUsage;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Tells the media library where content uses its files: an article's header image, and
 * images and links in the bodies of articles, pages and themes. So a file still shown
 * there is not deleted.
 */
@Component
class ContentMediaUsage implements MediaUsage {

	/** Tables with a body, the admin path of their items, and the label key. */
	private static final List<String[]> BODIES = List.of(
			new String[] { "article", ArticleEditing.BASE, "content.media.use" },
			new String[] { "static_page", StaticPageAdminController.BASE, "content.media.use.page" },
			new String[] { "theme", ThemeAdminController.BASE, "content.media.use.theme" });

	private final JdbcTemplate jdbc;

	private final MessageSource messages;

	ContentMediaUsage(JdbcTemplate jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public List<Use> usesOf(long mediaId) {
		Locale locale = LocaleContextHolder.getLocale();
		String like = "%/media/" + mediaId + "/%";
		List<Use> uses = new ArrayList<>();
		for (String[] table : BODIES) {
			String header = "article".equals(table[0]) ? " or image_path like ?" : "";
			Object[] args = "article".equals(table[0]) ? new Object[] { like, "/media/" + mediaId + "/%" }
					: new Object[] { like };
			this.jdbc.query("select id, title, body" + ("article".equals(table[0]) ? ", image_path" : "") + " from "
					+ table[0] + " where body like ?" + header + " order by title", (RowCallbackHandler) (rs) -> {
						// "like" also matches /media/12/ inside /media/120/...: check
						// exactly.
						boolean used = MediaLibrary.referencedIds(rs.getString("body")).contains(mediaId)
								|| ("article".equals(table[0])
										&& MediaLibrary.idOf(rs.getString("image_path")).orElse(-1L) == mediaId);
						if (used) {
							uses.add(new Use(
									this.messages.getMessage(table[2], new Object[] { rs.getString("title") }, locale),
									table[1] + "/" + rs.getLong("id")));
						}
					}, args);
		}
		return uses;
	}

	@Override
	public Set<Long> usedIds() {
		Set<Long> ids = new HashSet<>();
		this.jdbc.query("select image_path from article where image_path like '/media/%'",
				(RowCallbackHandler) (rs) -> MediaLibrary.idOf(rs.getString(1)).ifPresent(ids::add));
		for (String[] table : BODIES) {
			this.jdbc.query("select body from " + table[0] + " where body like '%/media/%'",
					(RowCallbackHandler) (rs) -> ids.addAll(MediaLibrary.referencedIds(rs.getString(1))));
		}
		return ids;
	}

}
