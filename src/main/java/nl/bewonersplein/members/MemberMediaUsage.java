package nl.bewonersplein.members;

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
 * Tells the media library which initiatives show its files: their logo or photo, and
 * images in their descriptions. So an image still on a profile is not deleted.
 */
@Component
class MemberMediaUsage implements MediaUsage {

	private final JdbcTemplate jdbc;

	private final MessageSource messages;

	MemberMediaUsage(JdbcTemplate jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public List<Use> usesOf(long mediaId) {
		String like = "%/media/" + mediaId + "/%";
		List<Use> uses = new ArrayList<>();
		this.jdbc.query("select id, name, description, image_path from member_initiative where image_path like ?"
				+ " or description like ? order by name", (RowCallbackHandler) (rs) -> {
					// "like" also matches /media/12/ inside /media/120/: check exactly.
					if (ids(rs.getString("description"), rs.getString("image_path")).contains(mediaId)) {
						uses.add(new Use(this.messages.getMessage("members.media.use",
								new Object[] { rs.getString("name") }, LocaleContextHolder.getLocale()),
								MemberPaths.ADMIN + "/" + rs.getLong("id")));
					}
				}, like, like);
		return uses;
	}

	@Override
	public Set<Long> usedIds() {
		Set<Long> ids = new HashSet<>();
		this.jdbc.query(
				"select description, image_path from member_initiative where image_path like '/media/%'"
						+ " or description like '%/media/%'",
				(RowCallbackHandler) (rs) -> ids.addAll(ids(rs.getString(1), rs.getString(2))));
		return ids;
	}

	private static Set<Long> ids(String description, String imagePath) {
		Set<Long> ids = new HashSet<>(MediaLibrary.referencedIds(description));
		MediaLibrary.idOf(imagePath).ifPresent(ids::add);
		return ids;
	}

}
