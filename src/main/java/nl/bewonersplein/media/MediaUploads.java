package nl.bewonersplein.media;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adds, edits, replaces and deletes library files. A file is checked and turned into the
 * files the site serves ({@link ImageFiles}, {@link PdfFiles}) before any transaction
 * starts; storing it, and the audit event, are one transaction. A file still used
 * somewhere ({@link MediaUsage}) is not deleted.
 */
@Component
class MediaUploads {

	private final MediaStore store;

	private final List<MediaUsage> usages;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	MediaUploads(MediaStore store, List<MediaUsage> usages, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock) {
		this.store = store;
		this.usages = usages;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Checks and converts an upload, outside any transaction.
	 * @throws UploadRefused with the reason
	 */
	Prepared prepare(String fileName, byte[] bytes) {
		FileKind kind = ImageFiles.kind(bytes);
		String fingerprint = fingerprint(bytes);
		if (kind == FileKind.PDF) {
			PdfFiles.check(bytes);
			return new Prepared(kind, fileName(fileName, "document", "pdf"), originalName(fileName), fingerprint,
					bytes.length, List.of(new ImageFiles.Variant(0, 0, kind.contentType(), bytes)));
		}
		ImageFiles.Size size = ImageFiles.size(bytes, kind);
		List<ImageFiles.Variant> variants = ImageFiles.renditions(bytes, kind, size);
		String format = "image/png".equals(variants.get(0).contentType()) ? "png" : "jpg";
		return new Prepared(kind, fileName(fileName, "afbeelding", format), originalName(fileName), fingerprint,
				bytes.length, variants);
	}

	/**
	 * The stored files of an image, to store again as a new item with other texts (no
	 * re-encoding: the same pixels); empty if there is no such image.
	 */
	Optional<Prepared> copy(long id) {
		return this.store.find(id).filter((item) -> !item.document()).map((item) -> {
			List<ImageFiles.Variant> variants = item.widths()
				.stream()
				.map((width) -> this.store.variant(id, width).orElseThrow())
				.toList();
			FileKind kind = "png".equals(item.format()) ? FileKind.PNG : FileKind.JPEG;
			return new Prepared(kind, item.name(), item.originalName(), item.fingerprint(), item.byteSize(), variants);
		});
	}

	/** Stores a prepared file with its texts (in the caller's transaction). */
	long store(Prepared file, MediaForm form) {
		Instant now = this.clock.instant();
		ImageFiles.Variant largest = file.variants().get(file.variants().size() - 1);
		MediaItem item = new MediaItem(0, file.kind() == FileKind.PDF, file.format(), file.name(), file.originalName(),
				file.fingerprint(), largest.width(), largest.height(), file.widths(), file.byteSize(), form.storedAlt(),
				form.decoratief(), form.bijschrift(), form.maker(), now, now, 0);
		long id = this.store.insert(item, file.variants());
		this.events.publishEvent(new MediaChanged(id, "uploaded", subject(id, item)));
		return id;
	}

	/** Checks, converts and stores a file made by code (the demo's illustrations). */
	long add(String fileName, byte[] bytes, MediaForm form) {
		Prepared file = prepare(fileName, bytes);
		Long id = this.transactions.execute((status) -> store(file, form));
		return id;
	}

	/**
	 * Draws an illustration ({@link Illustrations}), outside any transaction: our own
	 * pixels, so no check or re-encoding is needed.
	 */
	Prepared prepare(Illustrations.Scene scene) {
		List<ImageFiles.Variant> variants = Illustrations.renditions(scene);
		byte[] largest = variants.get(variants.size() - 1).data();
		return new Prepared(FileKind.PNG, fileName(scene.fileName(), "afbeelding", "png"), scene.fileName(),
				fingerprint(largest), largest.length, variants);
	}

	/** Gives an item a new file; its id, URL and texts stay. */
	boolean replace(long id, Prepared file) {
		return Boolean.TRUE.equals(this.transactions.execute((status) -> {
			Optional<MediaItem> found = this.store.find(id);
			if (found.isEmpty()) {
				return false;
			}
			MediaItem old = found.get();
			if (old.document() != (file.kind() == FileKind.PDF)) {
				throw new UploadRefused(old.document() ? "media.replace.not-document" : "media.replace.not-image");
			}
			ImageFiles.Variant largest = file.variants().get(file.variants().size() - 1);
			MediaItem replaced = new MediaItem(id, old.document(), file.format(), file.name(), file.originalName(),
					file.fingerprint(), largest.width(), largest.height(), file.widths(), file.byteSize(), old.alt(),
					old.decorative(), old.caption(), old.credit(), old.createdAt(), this.clock.instant(),
					old.version());
			this.store.replace(replaced, file.variants());
			this.events.publishEvent(new MediaChanged(id, "replaced", subject(id, replaced)));
			return true;
		}));
	}

	/**
	 * New texts for an item, unless someone changed it since the form was read.
	 * @return whether they were saved
	 */
	boolean update(MediaItem item, MediaForm form) {
		return Boolean.TRUE.equals(this.transactions.execute((status) -> {
			MediaItem changed = new MediaItem(item.id(), item.document(), item.format(), item.name(),
					item.originalName(), item.fingerprint(), item.width(), item.height(), item.widths(),
					item.byteSize(), item.document() ? form.alt() : form.storedAlt(),
					!item.document() && form.decoratief(), form.bijschrift(), form.maker(), item.createdAt(),
					this.clock.instant(), item.version());
			int version = (form.version() != null) ? form.version() : item.version();
			if (!this.store.updateTexts(changed, version)) {
				status.setRollbackOnly();
				return false;
			}
			this.events.publishEvent(new MediaChanged(item.id(), "updated", subject(item.id(), changed)));
			return true;
		}));
	}

	/** Every place the item is used, from all modules. */
	List<MediaUsage.Use> uses(long id) {
		List<MediaUsage.Use> uses = new ArrayList<>();
		this.usages.forEach((usage) -> uses.addAll(usage.usesOf(id)));
		return uses;
	}

	java.util.Set<Long> usedIds() {
		java.util.Set<Long> ids = new java.util.HashSet<>();
		this.usages.forEach((usage) -> ids.addAll(usage.usedIds()));
		return ids;
	}

	/**
	 * Deletes an item that is used nowhere.
	 * @return the places that still use it (then nothing was deleted); empty when it was
	 * deleted or did not exist
	 */
	List<MediaUsage.Use> delete(long id) {
		return this.transactions.execute((status) -> {
			Optional<MediaItem> found = this.store.find(id);
			if (found.isEmpty()) {
				return List.of();
			}
			List<MediaUsage.Use> uses = uses(id);
			if (!uses.isEmpty()) {
				return uses;
			}
			this.store.delete(id);
			this.events.publishEvent(new MediaChanged(id, "deleted", subject(id, found.get())));
			return List.of();
		});
	}

	static String subject(long id, MediaItem item) {
		return (item.document() ? "Document " : "Afbeelding ") + id + " \"" + item.originalName() + "\"";
	}

	/** The name in the stable URL: made from the uploaded name, only a-z, 0-9 and -. */
	static String fileName(String uploaded, String fallback, String extension) {
		String base = (uploaded == null) ? "" : uploaded.replaceAll("^.*[/\\\\]", "");
		int dot = base.lastIndexOf('.');
		if (dot > 0) {
			base = base.substring(0, dot);
		}
		base = Normalizer.normalize(base, Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		if (base.length() > 60) {
			base = base.substring(0, 60).replaceAll("-+$", "");
		}
		return (base.isEmpty() ? fallback : base) + "." + extension;
	}

	/** The uploaded name as editors see it: without a path, controls or excess length. */
	static String originalName(String uploaded) {
		String name = MediaForm.clean((uploaded == null) ? "" : uploaded.replaceAll("^.*[/\\\\]", ""));
		if (name.length() > 200) {
			name = name.substring(0, 200);
		}
		return name.isEmpty() ? "naamloos" : name;
	}

	private static String fingerprint(byte[] bytes) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
			return HexFormat.of().formatHex(hash, 0, 5);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A checked, converted file, ready to store.
	 *
	 * @param kind what the upload was
	 * @param name the file name for its stable URL
	 * @param originalName the uploaded file's name
	 * @param fingerprint changes with the file
	 * @param byteSize the upload's size
	 * @param variants the files to serve, smallest first
	 */
	record Prepared(FileKind kind, String name, String originalName, String fingerprint, long byteSize,
			List<ImageFiles.Variant> variants) {

		String format() {
			return (this.kind == FileKind.PDF) ? "pdf" : this.name.substring(this.name.lastIndexOf('.') + 1);
		}

		List<Integer> widths() {
			return this.variants.stream().map(ImageFiles.Variant::width).toList();
		}

	}

}
