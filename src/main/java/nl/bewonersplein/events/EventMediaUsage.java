package nl.bewonersplein.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.bewonersplein.media.MediaLibrary;
import nl.bewonersplein.media.MediaUsage;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Tells the media library where events use its files: an event's image, and images in its
 * description and report. So a photo in a report is not deleted while it is shown.
 */
@Component
class EventMediaUsage implements MediaUsage {

	private final JdbcTemplate jdbc;

	EventMediaUsage(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Use> usesOf(long mediaId) {
		String like = "%/media/" + mediaId + "/%";
		List<Use> uses = new ArrayList<>();
		this.jdbc.query("select id, title, description, report, image_path from event where description like ?"
				+ " or report like ? or image_path like ? order by title", (RowCallbackHandler) (rs) -> {
					// "like" also matches /media/12/ inside /media/120/: check exactly.
					if (ids(rs.getString("description"), rs.getString("report"), rs.getString("image_path"))
						.contains(mediaId)) {
						uses.add(new Use("Evenement \"" + rs.getString("title") + "\"",
								EventEditing.BASE + "/" + rs.getLong("id")));
					}
				}, like, like, like);
		return uses;
	}

	@Override
	public Set<Long> usedIds() {
		Set<Long> ids = new HashSet<>();
		this.jdbc.query("select description, report, image_path from event where description like '%/media/%'"
				+ " or report like '%/media/%' or image_path like '/media/%'", (RowCallbackHandler) (rs) -> {
					ids.addAll(ids(rs.getString(1), rs.getString(2), rs.getString(3)));
				});
		return ids;
	}

	private static Set<Long> ids(String description, String report, String imagePath) {
		Set<Long> ids = new HashSet<>(MediaLibrary.referencedIds(description));
		if (report != null) {
			ids.addAll(MediaLibrary.referencedIds(report));
		}
		MediaLibrary.idOf(imagePath).ifPresent(ids::add);
		return ids;
	}

}
