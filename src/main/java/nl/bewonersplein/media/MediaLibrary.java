package nl.bewonersplein.media;

import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The media library as other modules use it: the images to show on their pages
 * ({@link Picture}), the choice of images for their forms, what to paste into a body, and
 * adding an image made by code (the demo's illustrations). Uploading and editing are the
 * library's own admin ({@code /admin/media}, see {@link MediaAdminController}).
 * <p>
 * Images are read often and change rarely: their facts are kept in memory for a minute
 * (and forgotten at once on this node when they change), so a page with ten cards does
 * not pay ten queries.
 */
@Component
public class MediaLibrary {

	/** A library image in a body: {@code ![alt](/media/12/name.png)}. */
	static final Pattern BODY_IMAGE = Pattern.compile("/media/(\\d{1,18})/[^\\s/?#()\"']+");

	private final MediaStore store;

	private final MediaUploads uploads;

	private final Cache<Long, Optional<MediaItem>> items = Caffeine.newBuilder()
		.maximumSize(5_000)
		.expireAfterWrite(Duration.ofMinutes(1))
		.build();

	private final TransactionTemplate transactions;

	MediaLibrary(MediaStore store, MediaUploads uploads, TransactionTemplate transactions) {
		this.store = store;
		this.uploads = uploads;
		this.transactions = transactions;
	}

	/** The image with this id, for a page header; empty if there is none (any more). */
	public Optional<Picture> picture(Long id) {
		return (id == null) ? Optional.empty() : image(id).map(MediaItem::picture);
	}

	/** The image with this id as a card's thumbnail (smaller files). */
	public Optional<Picture> thumbnail(Long id) {
		return (id == null) ? Optional.empty() : image(id).map(MediaItem::thumbnail);
	}

	/**
	 * The image a stored address names ({@code /media/12/bankje.png}), for a page header;
	 * empty for any other address or an image no longer in the library.
	 */
	public Optional<Picture> pictureAt(String path) {
		return idOf(path).flatMap(this::image).map(MediaItem::picture);
	}

	/** Thumbnails by stored address, for cards: one query for those not in memory. */
	public Map<String, Picture> thumbnailsAt(Collection<String> paths) {
		Map<Long, String> ids = new HashMap<>();
		for (String path : paths) {
			idOf(path).ifPresent((id) -> ids.put(id, path));
		}
		Map<String, Picture> found = new HashMap<>();
		thumbnails(ids.keySet()).forEach((id, picture) -> found.put(ids.get(id), picture));
		return found;
	}

	/** Whether an address is that of a library file ({@code /media/12/name.png}). */
	public static boolean isLibraryPath(String path) {
		return idOf(path).isPresent();
	}

	/** The library's number in a file's address, if it is one. */
	public static Optional<Long> idOf(String path) {
		if (path == null) {
			return Optional.empty();
		}
		Matcher matcher = BODY_IMAGE.matcher(path.strip());
		return matcher.matches() ? Optional.of(Long.valueOf(matcher.group(1))) : Optional.empty();
	}

	/** Thumbnails of many images at once (one query for those not in memory). */
	public Map<Long, Picture> thumbnails(Collection<Long> ids) {
		Map<Long, Picture> found = new HashMap<>();
		items(ids).forEach((id, item) -> {
			if (!item.document()) {
				found.put(id, item.thumbnail());
			}
		});
		return found;
	}

	/** Whether an id names an image of the library (to check a form's choice). */
	public boolean isImage(Long id) {
		return id != null && image(id).isPresent();
	}

	/** What to paste into a body to show the image there, if it exists. */
	public Optional<String> markdown(long id) {
		return image(id).map(MediaItem::markdown);
	}

	/** The images to choose from in a form, newest first. */
	public List<Choice> choices() {
		return this.store.search(MediaQuery.images(""), Set.of(), 0, 500)
			.items()
			.stream()
			.map((item) -> new Choice(item.id(), item.url(), item.decorative() ? item.originalName() : item.alt(),
					item.originalName(), item.thumbnail().src()))
			.toList();
	}

	/**
	 * An image as a {@code data:} URL, for print (the PDF renderer fetches nothing over
	 * HTTP): the smallest file at least {@code width} pixels wide.
	 */
	public Optional<String> dataUrl(Long id, int width) {
		return (id == null) ? Optional.empty()
				: image(id).flatMap((item) -> this.store.variant(item.id(), item.nearest(width)))
					.map((variant) -> "data:" + variant.contentType() + ";base64,"
							+ Base64.getEncoder().encodeToString(variant.data()));
	}

	/**
	 * A stamp of the library files with these ids as they are now: it changes when one is
	 * replaced, gets other texts or is deleted. Part of the key of anything made with
	 * them once and kept, such as a printed booklet.
	 */
	public String stamp(Collection<Long> ids) {
		StringBuilder stamp = new StringBuilder();
		new java.util.TreeMap<>(items(ids)).forEach((id, item) -> stamp.append(id)
			.append(':')
			.append(item.fingerprint())
			.append(':')
			.append(item.version())
			.append(','));
		return stamp.toString();
	}

	/**
	 * Adds an image made by code, through the same checks and re-encoding as an upload.
	 * @return its id
	 */
	public long addImage(String fileName, byte[] bytes, String alt, String caption, String credit) {
		return this.uploads.add(fileName, bytes, new MediaForm(alt, alt.isEmpty(), caption, credit, null, null));
	}

	/**
	 * The demo's illustrations in the library (with their Dutch texts, credited to
	 * {@code credit}): those added before are reused, the others drawn side by side
	 * outside any transaction, then stored in one.
	 * @return each scene's stable address, the value a page's image field stores
	 */
	public Map<Illustrations.Scene, String> addIllustrations(Collection<Illustrations.Scene> scenes, String credit) {
		Map<Illustrations.Scene, String> paths = new LinkedHashMap<>();
		List<Illustrations.Scene> missing = new java.util.ArrayList<>();
		for (Illustrations.Scene scene : new LinkedHashSet<>(scenes)) {
			this.store.findImageNamed(scene.fileName())
				.ifPresentOrElse((item) -> paths.put(scene, item.url()), () -> missing.add(scene));
		}
		// In the order asked for, so the library's numbers are the same on every start.
		List<MediaUploads.Prepared> drawn = missing.parallelStream().map(this.uploads::prepare).toList();
		this.transactions.executeWithoutResult((status) -> {
			for (int i = 0; i < missing.size(); i++) {
				Illustrations.Scene scene = missing.get(i);
				MediaUploads.Prepared file = drawn.get(i);
				long id = this.uploads.store(file,
						new MediaForm(scene.alt(), false, scene.caption(), credit, null, null));
				paths.put(scene, MediaItem.PATH + id + "/" + file.name());
			}
		});
		return paths;
	}

	/** The ids of the library files a body shows or links to. */
	public static Set<Long> referencedIds(String body) {
		Set<Long> ids = new LinkedHashSet<>();
		if (body != null) {
			Matcher matcher = BODY_IMAGE.matcher(body);
			while (matcher.find()) {
				ids.add(Long.valueOf(matcher.group(1)));
			}
		}
		return ids;
	}

	Optional<MediaItem> image(long id) {
		return item(id).filter((item) -> !item.document());
	}

	Optional<MediaItem> item(long id) {
		return this.items.get(id, (key) -> this.store.find(key));
	}

	Map<Long, MediaItem> items(Collection<Long> ids) {
		Map<Long, MediaItem> found = new HashMap<>();
		Set<Long> missing = new LinkedHashSet<>();
		for (Long id : ids) {
			if (id == null) {
				continue;
			}
			Optional<MediaItem> known = this.items.getIfPresent(id);
			if (known == null) {
				missing.add(id);
			}
			else {
				known.ifPresent((item) -> found.put(id, item));
			}
		}
		if (!missing.isEmpty()) {
			Map<Long, MediaItem> loaded = new HashMap<>();
			this.store.find(missing).forEach((item) -> loaded.put(item.id(), item));
			for (Long id : missing) {
				MediaItem item = loaded.get(id);
				this.items.put(id, Optional.ofNullable(item));
				if (item != null) {
					found.put(id, item);
				}
			}
		}
		return found;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void forget(MediaChanged changed) {
		this.items.invalidate(changed.id());
	}

	/**
	 * An image to choose in a form.
	 *
	 * @param id its number
	 * @param url its stable address, the value a form stores
	 * @param label its alt text (or file name, if it is decorative)
	 * @param fileName the uploaded file's name
	 * @param thumbnail a small file of it
	 */
	public record Choice(long id, String url, String label, String fileName, String thumbnail) {

	}

}
