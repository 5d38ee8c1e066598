package nl.bewonersplein.editorial;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import nl.bewonersplein.admin.AdminShell;
import nl.bewonersplein.admin.Confirmation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The delete step of the {@link EditFlow}: the question, and what the address of a
 * deleted published item answers from then on.
 */
@Component
class Deletions {

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final TransactionTemplate writing;

	private final TransactionTemplate reading;

	private final Publications publications;

	private final Revisions revisions;

	private final PreviewLinks previewLinks;

	private final Redirects redirects;

	private final RedirectRules rules;

	private final Clock clock;

	Deletions(ApplicationEventPublisher events, MessageSource messages, PlatformTransactionManager transactions,
			Publications publications, Revisions revisions, PreviewLinks previewLinks, Redirects redirects,
			RedirectRules rules, Clock clock) {
		this.events = events;
		this.messages = messages;
		this.writing = new TransactionTemplate(transactions);
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
		this.publications = publications;
		this.revisions = revisions;
		this.previewLinks = previewLinks;
		this.redirects = redirects;
		this.rules = rules;
		this.clock = clock;
	}

	<T, F extends Editable.Form> String confirm(Editable<T, F> type, long id, Locale locale, Model model) {
		return this.reading.execute((status) -> {
			T item = EditFlow.find(type, id);
			String self = type.base() + "/" + id;
			if (this.publications.online(type, item)) {
				return deletionPage(type, item, "", "", locale, model);
			}
			model.addAttribute("confirmation",
					new Confirmation(
							text(type.deleteTitleKey(), locale), this.messages.getMessage("editorial.delete.question",
									new Object[] { type.title(item) }, locale),
							self + "/verwijderen", text("editorial.delete.yes", locale), self));
			return "admin/confirm";
		});
	}

	/**
	 * Deletes an item after the question was answered, with its revisions, schedule and
	 * preview links. The address of an item that was online answers 410 Gone from then
	 * on, or redirects (301) to the address the editor chose
	 * ({@value EditFlow#REDIRECT_FIELD}); a target that is not valid shows the question
	 * again (422).
	 */
	<T, F extends Editable.Form> String delete(Editable<T, F> type, long id, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		String target = RedirectRules.normalise(Publications.param(EditFlow.REDIRECT_FIELD));
		return this.writing.execute((status) -> {
			T item = EditFlow.find(type, id);
			boolean online = this.publications.online(type, item);
			@SuppressWarnings("unchecked")
			String address = online ? ((Publishable<T>) type).publicPath(item) : "";
			if (online && !target.isEmpty()) {
				Optional<RedirectRules.Refusal> refusal = this.rules.checkTarget(address, target);
				if (refusal.isPresent() && model != null && response != null) {
					status.setRollbackOnly();
					response.setStatus(422);
					return deletionPage(type, item, target, this.messages.getMessage(refusal.get().key(),
							new Object[] { refusal.get().hint() }, refusal.get().key(), locale), locale, model);
				}
			}
			String subject = type.subject(item);
			type.delete(item);
			if (online) {
				if (!target.isEmpty() && this.rules.checkTarget(address, target).isEmpty()) {
					this.redirects.moved(address, target, this.clock.instant());
				}
				else {
					this.redirects.gone(address);
				}
			}
			this.revisions.forget(type.kind(), id);
			this.publications.forget(type.kind(), id);
			this.previewLinks.forget(type.kind(), id);
			this.events.publishEvent(new Edited(type.kind(), "deleted", subject));
			redirect.addFlashAttribute(AdminShell.FLASH, "editorial.deleted");
			return "redirect:" + type.base();
		});
	}

	private <T> String deletionPage(Editable<T, ?> type, T item, String target, String error, Locale locale,
			Model model) {
		@SuppressWarnings("unchecked")
		String address = ((Publishable<T>) type).publicPath(item);
		String self = type.base() + "/" + type.id(item);
		model.addAttribute("deletion",
				new DeletionPage(
						text(type.deleteTitleKey(), locale), this.messages.getMessage("editorial.delete.question",
								new Object[] { type.title(item) }, locale),
						self + "/verwijderen", self, address, target, error));
		return "editorial/delete";
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
