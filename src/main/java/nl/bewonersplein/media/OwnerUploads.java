package nl.bewonersplein.media;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.bewonersplein.shared.FormErrors;

import org.springframework.stereotype.Component;

/**
 * Uploads from outside the staff: a member adds one image for their own initiative. The
 * file goes through the same checks and re-encoding as an editor's upload
 * ({@link MediaUploads}, {@link ImageFiles}: the kind by its content, the size, the
 * pixels, metadata stripped), the same rule for the text alternative ({@link MediaForm}),
 * and lands in the library as an ordinary item that names its owner, so editors see and
 * manage it there. Only images: no documents. Nothing here lists or picks other items of
 * the library.
 */
@Component
public class OwnerUploads {

	private final MediaUploads uploads;

	private final MediaStore store;

	private final MediaTexts texts;

	OwnerUploads(MediaUploads uploads, MediaStore store, MediaTexts texts) {
		this.uploads = uploads;
		this.store = store;
		this.texts = texts;
	}

	/**
	 * Checks and converts an upload with its text alternative, outside any transaction.
	 * @param fileName the uploaded file's name (only for the stored name: the kind is
	 * read from the bytes)
	 * @param bytes the file, or null when none was chosen
	 * @param alt what the image shows
	 * @param decorative whether it adds nothing to the text (then it needs no alt text)
	 * @param keep the address of the owner's own earlier upload, stored again with these
	 * texts when no file was chosen (so the owner can change only the text alternative);
	 * null, or an address of a file the staff uploaded, for none
	 * @param locale for the messages
	 * @return the checked file, or the messages by field ({@code bestand}, {@code alt})
	 */
	public Checked check(String fileName, byte[] bytes, String alt, boolean decorative, String keep, Locale locale) {
		MediaForm form = new MediaForm(alt, decorative, "", "", null, null);
		Map<String, String> messages = new LinkedHashMap<>();
		MediaUploads.Prepared prepared = null;
		try {
			if (bytes == null || bytes.length == 0) {
				prepared = ownUpload(keep).flatMap(this.uploads::copy)
					.orElseThrow(() -> new UploadRefused("media.form.file.required"));
			}
			else if (!ImageFiles.kind(bytes).isImage()) {
				throw new UploadRefused("media.upload.image-only");
			}
			else {
				prepared = this.uploads.prepare(fileName, bytes);
			}
		}
		catch (UploadRefused ex) {
			messages.put("bestand", this.texts.t(ex.key(), locale, ex.args()));
		}
		this.texts.errors(form.problems(true), locale).fields().forEach(messages::put);
		return new Checked(messages.isEmpty() ? prepared : null, form, new FormErrors(messages, List.of()));
	}

	/** Whether the file at this address is an upload of someone outside the staff. */
	public boolean isOwnUpload(String path) {
		return ownUpload(path).isPresent();
	}

	private Optional<Long> ownUpload(String path) {
		return MediaLibrary.idOf(path).filter((id) -> this.store.owner(id).isPresent());
	}

	/**
	 * Stores a checked image in the library, in the caller's transaction, with the name
	 * of who it belongs to.
	 * @return its stable address ({@code /media/12/logo.png}), the value a page stores
	 * @throws IllegalArgumentException if the file did not pass the check
	 */
	public String store(Checked checked, String owner) {
		if (!checked.ok()) {
			throw new IllegalArgumentException("The upload did not pass the check");
		}
		long id = this.uploads.store(checked.file, checked.form);
		this.store.setOwner(id, owner);
		return MediaItem.PATH + id + "/" + checked.file.name();
	}

	/**
	 * Names the owner of the file at this address anew (e.g. after the initiative was
	 * renamed), if someone outside the staff uploaded it; files of the staff are left as
	 * they are.
	 */
	public void renameOwner(String path, String owner) {
		MediaLibrary.idOf(path)
			.ifPresent((id) -> this.store.owner(id)
				.filter((current) -> !current.equals(owner))
				.ifPresent((current) -> this.store.setOwner(id, owner)));
	}

	/**
	 * Deletes the file at this address if someone outside the staff uploaded it and it is
	 * used nowhere any more (an upload replaced or taken away before or after approval),
	 * in the caller's transaction. The caller flushes its own changes first, so that the
	 * library's check of where the file is used ({@link MediaUsage}) sees them. Files of
	 * the staff, and files still used, stay.
	 */
	public void discardIfUnused(String path) {
		ownUpload(path).ifPresent(this.uploads::delete);
	}

	/** An upload after its check: ready to store, or the messages to show. */
	public static final class Checked {

		private final MediaUploads.Prepared file;

		private final MediaForm form;

		private final FormErrors errors;

		Checked(MediaUploads.Prepared file, MediaForm form, FormErrors errors) {
			this.file = file;
			this.form = form;
			this.errors = errors;
		}

		/** Whether the file and its texts passed. */
		public boolean ok() {
			return this.file != null;
		}

		/** The messages by field; none when it passed. */
		public FormErrors errors() {
			return this.errors;
		}

		/** The alt text as typed (cleaned), to show the form again. */
		public String alt() {
			return this.form.alt();
		}

		public boolean decorative() {
			return this.form.decoratief();
		}

	}

}
