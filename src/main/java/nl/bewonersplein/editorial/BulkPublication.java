package nl.bewonersplein.editorial;

import java.util.List;

import nl.bewonersplein.admin.AdminShell;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Publishes or takes offline several items of one {@link Publishable} type at once, from
 * the check boxes of its admin list ({@code admin.AdminListing}). Each item goes through
 * the same step as the "Publiceren" and "Offline halen" buttons of its edit form: a
 * schedule is dropped, and each item that changes is announced as a
 * {@link PublicationChanged} event (so the audit log and the search index follow). All
 * items change in one transaction; ids that no longer exist are skipped.
 */
@Component
public class BulkPublication {

	private final Publications publications;

	private final TransactionTemplate writing;

	BulkPublication(Publications publications, PlatformTransactionManager transactions) {
		this.publications = publications;
		this.writing = new TransactionTemplate(transactions);
	}

	/**
	 * Publishes ({@code publish}) or takes offline the items, and returns the redirect to
	 * the list with a confirmation.
	 */
	public <T, F extends Editable.Form> String apply(Editable<T, F> type, List<Long> ids, boolean publish,
			RedirectAttributes redirect) {
		if (!(type instanceof Publishable<?>)) {
			throw new IllegalArgumentException(type.kind() + " cannot be published");
		}
		if (ids == null || ids.isEmpty()) {
			redirect.addFlashAttribute(AdminShell.FLASH, "admin.list.bulk.none");
			return "redirect:" + type.base();
		}
		Publications.Action action = publish ? Publications.Action.PUBLISH : Publications.Action.OFFLINE;
		this.writing.executeWithoutResult((status) -> ids.stream()
			.distinct()
			.forEach((id) -> type.find(id).ifPresent((item) -> this.publications.apply(type, item, action, null))));
		redirect.addFlashAttribute(AdminShell.FLASH,
				publish ? "admin.list.bulk.published" : "admin.list.bulk.unpublished");
		return "redirect:" + type.base();
	}

}
