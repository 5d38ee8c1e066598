package nl.bewonersplein.toolkit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.bewonersplein.media.MediaLibrary;
import nl.bewonersplein.media.MediaUsage;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Tells the media library which toolkits show its images (on their page, the booklet's
 * cover and chapter openers), so an image still used there is not deleted. The steps'
 * images are the content module's articles and told by it.
 */
@Component
class ToolkitMediaUsage implements MediaUsage {

	private final JdbcTemplate jdbc;

	private final MessageSource messages;

	ToolkitMediaUsage(JdbcTemplate jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public List<Use> usesOf(long mediaId) {
		List<Use> uses = new ArrayList<>();
		this.jdbc.query("select id, title, cover_image from toolkit where cover_image like ? order by title",
				(RowCallbackHandler) (rs) -> {
					// "like" also matches /media/12/ inside /media/120/: check exactly.
					if (MediaLibrary.idOf(rs.getString("cover_image")).orElse(-1L) == mediaId) {
						uses.add(new Use(this.messages.getMessage("toolkit.media.use",
								new Object[] { rs.getString("title") }, LocaleContextHolder.getLocale()),
								"/admin/toolkits/" + rs.getLong("id")));
					}
				}, "/media/" + mediaId + "/%");
		return uses;
	}

	@Override
	public Set<Long> usedIds() {
		Set<Long> ids = new HashSet<>();
		this.jdbc.query("select cover_image from toolkit where cover_image like '/media/%'",
				(RowCallbackHandler) (rs) -> MediaLibrary.idOf(rs.getString(1)).ifPresent(ids::add));
		return ids;
	}

}
