package nl.bewonersplein.editorial;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * What a type of content tells the shared {@link EditFlow} so that editors can create,
 * preview, edit and delete it in the admin. Each admin controller holds one and passes it
 * to the flow; the flow does the rest the same way for every type (the 422 with the form
 * kept, the 409 for a stale edit with both versions, the preview, the audit, the flash
 * message, the redirect, the revisions). A type that also implements {@link Publishable}
 * gets drafts, publishing, scheduling and unpublishing in the same form.
 *
 * @param <T> the entity
 * @param <F> the posted form
 */
public interface Editable<T, F extends Editable.Form> {

	/** A posted edit form: it carries the version of the item it was opened on. */
	interface Form {

		/**
		 * The version the form was opened on, or null (a new item, or a tampered form).
		 */
		Long versionValue();

		/**
		 * The create form's one-time token ({@code site.FormSubmissions}), or null when
		 * editing.
		 */
		String formToken();

	}

	/** The admin base path of the type, e.g. {@code /admin/artikelen}. */
	String base();

	/**
	 * The audit name of the type, e.g. {@code article} (actions {@code article.created},
	 * ...).
	 */
	String kind();

	Optional<T> find(long id);

	long id(T item);

	long version(T item);

	/**
	 * How the audit log and the delete question name the item, e.g.
	 * {@code Artikel 12 "..."}.
	 */
	String subject(T item);

	/** The item's title, for the delete question. */
	String title(T item);

	/**
	 * Checks bean validation cannot do (a taken address, ...); {@code item} is null for a
	 * new one.
	 */
	default void check(F form, T item, BindingResult result) {
	}

	/** The HTML preview of what the form holds; empty if the type has no preview. */
	default String preview(F form) {
		return "";
	}

	/** Creates and stores a new item from a valid form (inside a transaction). */
	T create(F form);

	/** Applies a valid form to the item (inside a transaction; the flow flushes). */
	void update(T item, F form);

	/** Deletes the item (inside a transaction). */
	void delete(T item);

	/** The form as opened on the item (what the edit page shows before any change). */
	F form(T item);

	/**
	 * The form's fields as text, for revisions and the conflict page. The default takes
	 * every {@code String} and {@code List<String>} component of a record form except
	 * {@code version} and {@code formToken}.
	 */
	default Map<String, String> snapshot(F form) {
		return FormSnapshots.of(form);
	}

	/**
	 * A form with the fields of a snapshot (a revision being restored), opened on the
	 * version of {@code current}; the default is the inverse of {@link #snapshot}.
	 */
	default F restore(Map<String, String> snapshot, F current) {
		return FormSnapshots.restore(snapshot, current);
	}

	/** Puts the edit page into the model and returns its view name. */
	String show(T item, F form, EditState state, Locale locale, Model model);

	/**
	 * The message key of the delete page's title, e.g.
	 * {@code content.admin.articles.delete}.
	 */
	String deleteTitleKey();

}
