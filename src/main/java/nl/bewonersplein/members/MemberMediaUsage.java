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
 * images in their descriptions, and the images members uploaded that wait for approval.
 * So an image still on a profile, or about to be, is not deleted.
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
		// A member's upload that waits for an editor's approval is in use too.
		this.jdbc.query("select c.id, i.name, c.image_path from member_change c join member_initiative i"
				+ " on i.id = c.initiative_id where c.status = 'PENDING' and c.image_change = true"
				+ " and c.image_path like ? order by i.name", (RowCallbackHandler) (rs) -> {
					if (MediaLibrary.idOf(rs.getString(3)).filter((id) -> id == mediaId).isPresent()) {
						uses.add(new Use(
								this.messages.getMessage("members.media.use.pending", new Object[] { rs.getString(2) },
										LocaleContextHolder.getLocale()),
								ChangeAdminController.BASE + "/" + rs.getLong(1)));
					}
				}, like);
		return uses;
	}

	@Override
	public Set<Long> usedIds() {
		Set<Long> ids = new HashSet<>();
		this.jdbc.query(
				"select description, image_path from member_initiative where image_path like '/media/%'"
						+ " or description like '%/media/%'",
				(RowCallbackHandler) (rs) -> ids.addAll(ids(rs.getString(1), rs.getString(2))));
		this.jdbc.query(
				"select image_path from member_change where status = 'PENDING' and image_change = true"
						+ " and image_path like '/media/%'",
				(RowCallbackHandler) (rs) -> MediaLibrary.idOf(rs.getString(1)).ifPresent(ids::add));
		return ids;
	}

	private static Set<Long> ids(String description, String imagePath) {
		Set<Long> ids = new HashSet<>(MediaLibrary.referencedIds(description));
		MediaLibrary.idOf(imagePath).ifPresent(ids::add);
		return ids;
	}

}
