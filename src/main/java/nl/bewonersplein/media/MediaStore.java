package nl.bewonersplein.media;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The library's rows: {@code media_file} (what a file is, its texts) and
 * {@code media_variant} (the bytes served). Plain JDBC: the bytes are read only when a
 * file is served, never with a list.
 */
@Component
class MediaStore {

	private static final String COLUMNS = "id, kind, format, name, original_name, fingerprint, width, height, widths, "
			+ "byte_size, alt_text, decorative, caption, credit, created_at, updated_at, version";

	private final JdbcTemplate jdbc;

	MediaStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	long insert(MediaItem item, List<ImageFiles.Variant> variants) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			PreparedStatement statement = connection.prepareStatement("insert into media_file (kind, format, name, "
					+ "original_name, fingerprint, width, height, widths, byte_size, alt_text, decorative, caption, "
					+ "credit, created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
					new String[] { "id" });
			statement.setString(1, item.document() ? "DOCUMENT" : "IMAGE");
			statement.setString(2, item.format());
			statement.setString(3, item.name());
			statement.setString(4, item.originalName());
			statement.setString(5, item.fingerprint());
			statement.setInt(6, item.width());
			statement.setInt(7, item.height());
			statement.setString(8, MediaItem.formatWidths(item.widths()));
			statement.setLong(9, item.byteSize());
			statement.setString(10, item.alt());
			statement.setBoolean(11, item.decorative());
			statement.setString(12, item.caption());
			statement.setString(13, item.credit());
			statement.setTimestamp(14, Timestamp.from(item.createdAt()));
			statement.setTimestamp(15, Timestamp.from(item.updatedAt()));
			return statement;
		}, key);
		long id = key.getKey().longValue();
		insertVariants(id, variants);
		return id;
	}

	private void insertVariants(long id, List<ImageFiles.Variant> variants) {
		for (ImageFiles.Variant variant : variants) {
			this.jdbc.update(
					"insert into media_variant (media_id, width, height, content_type, data) values (?, ?, ?, ?, ?)",
					id, variant.width(), variant.height(), variant.contentType(), variant.data());
		}
	}

	Optional<MediaItem> find(long id) {
		return this.jdbc.query("select " + COLUMNS + " from media_file where id = ?", MediaStore::item, id)
			.stream()
			.findFirst();
	}

	List<MediaItem> find(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.query("select " + COLUMNS + " from media_file where id in (" + placeholders(ids.size()) + ")",
				MediaStore::item, ids.toArray());
	}

	/** Names who outside the staff uploaded a file (a member initiative). */
	void setOwner(long id, String owner) {
		this.jdbc.update("update media_file set owner = ? where id = ?", owner, id);
	}

	/** Who outside the staff uploaded a file, if someone did. */
	Optional<String> owner(long id) {
		return this.jdbc
			.queryForList("select owner from media_file where id = ? and owner is not null", String.class, id)
			.stream()
			.findFirst();
	}

	/** The newest image uploaded under this file name, if any. */
	Optional<MediaItem> findImageNamed(String originalName) {
		return this.jdbc
			.query("select " + COLUMNS + " from media_file where original_name = ? and kind = 'IMAGE' order by id desc",
					MediaStore::item, originalName)
			.stream()
			.findFirst();
	}

	/** The file of one width (0 for a document). */
	Optional<ImageFiles.Variant> variant(long id, int width) {
		return this.jdbc
			.query("select width, height, content_type, data from media_variant where media_id = ? and width = ?",
					(rs, row) -> new ImageFiles.Variant(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getBytes(4)),
					id, width)
			.stream()
			.findFirst();
	}

	/** A new file for an item: its files and facts change, its texts and id stay. */
	void replace(MediaItem item, List<ImageFiles.Variant> variants) {
		this.jdbc.update(
				"update media_file set format = ?, name = ?, original_name = ?, fingerprint = ?, width = ?, "
						+ "height = ?, widths = ?, byte_size = ?, updated_at = ?, version = version + 1 where id = ?",
				item.format(), item.name(), item.originalName(), item.fingerprint(), item.width(), item.height(),
				MediaItem.formatWidths(item.widths()), item.byteSize(), Timestamp.from(item.updatedAt()), item.id());
		this.jdbc.update("delete from media_variant where media_id = ?", item.id());
		insertVariants(item.id(), variants);
	}

	/** New texts, if nobody changed the item since {@code version} was read. */
	boolean updateTexts(MediaItem item, int version) {
		return this.jdbc.update(
				"update media_file set alt_text = ?, decorative = ?, caption = ?, credit = ?, updated_at = ?, "
						+ "version = version + 1 where id = ? and version = ?",
				item.alt(), item.decorative(), item.caption(), item.credit(), Timestamp.from(item.updatedAt()),
				item.id(), version) == 1;
	}

	boolean delete(long id) {
		this.jdbc.update("delete from media_variant where media_id = ?", id);
		return this.jdbc.update("delete from media_file where id = ?", id) == 1;
	}

	/** One page of a filtered, sorted list, and how many there are in all. */
	Found search(MediaQuery query, Set<Long> used, int offset, int limit) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		List<Object> args = new ArrayList<>();
		if (query.kind() != null) {
			where.append(" and kind = ?");
			args.add(query.kind());
		}
		if (!query.text().isEmpty()) {
			String like = "%" + query.text()
				.toLowerCase(Locale.ROOT)
				.replace("\\", "\\\\")
				.replace("%", "\\%")
				.replace("_", "\\_") + "%";
			where.append(" and (lower(original_name) like ? escape '\\' or lower(alt_text) like ? escape '\\'"
					+ " or lower(caption) like ? escape '\\' or lower(credit) like ? escape '\\')");
			args.addAll(List.of(like, like, like, like));
		}
		if (query.use() != null) {
			if (used.isEmpty()) {
				if (query.use() == MediaQuery.Use.USED) {
					where.append(" and 1 = 0");
				}
			}
			else {
				where.append((query.use() == MediaQuery.Use.USED) ? " and id in (" : " and id not in (")
					.append(placeholders(used.size()))
					.append(")");
				args.addAll(used);
			}
		}
		Integer total = this.jdbc.queryForObject("select count(*) from media_file" + where, Integer.class,
				args.toArray());
		List<Object> pageArgs = new ArrayList<>(args);
		pageArgs.add(offset);
		pageArgs.add(limit);
		List<MediaItem> items = this.jdbc.query("select " + COLUMNS + " from media_file" + where + " order by "
				+ query.sort().orderBy() + " offset ? rows fetch next ? rows only", MediaStore::item,
				pageArgs.toArray());
		return new Found(items, (total != null) ? total : 0);
	}

	private static String placeholders(int count) {
		return String.join(", ", java.util.Collections.nCopies(count, "?"));
	}

	private static MediaItem item(ResultSet rs, int row) throws SQLException {
		return new MediaItem(rs.getLong("id"), "DOCUMENT".equals(rs.getString("kind")), rs.getString("format"),
				rs.getString("name"), rs.getString("original_name"), rs.getString("fingerprint"), rs.getInt("width"),
				rs.getInt("height"), MediaItem.parseWidths(rs.getString("widths")), rs.getLong("byte_size"),
				rs.getString("alt_text"), rs.getBoolean("decorative"), rs.getString("caption"), rs.getString("credit"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
				rs.getInt("version"));
	}

	/** A page of items and the number of all that match. */
	record Found(List<MediaItem> items, int total) {
	}

}
