package nl.bewonersplein.search;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.bewonersplein.admin.AdminMenuItem;
import nl.bewonersplein.shared.Dates;
import nl.bewonersplein.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the search admin page does: edit synonym groups (applied to the next query, no
 * re-index needed) and start a full re-index. See {@link SearchAdminController}.
 */
@Component
class SearchAdmin {

	static final String PATH = "/admin/zoeken";

	static final int MAX_TERMS = 1000;

	private final SynonymGroupRepository groups;

	private final Synonyms synonyms;

	private final Reindexing reindexing;

	private final IndexedDocumentRepository documents;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	SearchAdmin(SynonymGroupRepository groups, Synonyms synonyms, Reindexing reindexing,
			IndexedDocumentRepository documents, ApplicationEventPublisher events, MessageSource messages,
			Clock clock) {
		this.groups = groups;
		this.synonyms = synonyms;
		this.reindexing = reindexing;
		this.documents = documents;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	@Bean
	static AdminMenuItem searchAdminMenuItem() {
		return new AdminMenuItem("search.admin.menu", PATH, 85, Role.ADMIN, Role.EDITOR);
	}

	/** Whether these terms make a group: at least two, within the length limit. */
	static boolean valid(String terms) {
		return terms != null && terms.length() <= MAX_TERMS && SynonymGroup.split(terms).size() >= 2
				&& SynonymGroup.split(terms).stream().allMatch((term) -> !Words.of(term).isEmpty());
	}

	@Transactional
	void add(String terms) {
		SynonymGroup group = this.groups.save(new SynonymGroup(terms, this.clock.instant()));
		changed(group, false);
	}

	/** Changes a group; false if it was changed or deleted meanwhile. */
	@Transactional
	boolean change(long id, long version, String terms) {
		Optional<SynonymGroup> found = this.groups.findById(id);
		if (found.isEmpty() || found.get().getVersion() != version) {
			return false;
		}
		found.get().change(terms, this.clock.instant());
		changed(found.get(), false);
		return true;
	}

	@Transactional
	void delete(long id) {
		this.groups.findById(id).ifPresent((group) -> {
			this.groups.delete(group);
			changed(group, true);
		});
	}

	@Transactional
	boolean startReindex() {
		boolean started = this.reindexing.start();
		if (started) {
			this.events.publishEvent(new ReindexStarted());
		}
		return started;
	}

	private void changed(SynonymGroup group, boolean deleted) {
		this.events.publishEvent(new SynonymsChanged(group.getId(), group.getTerms(), deleted));
		this.synonyms.changed();
	}

	@Transactional(readOnly = true)
	SearchAdminPage page(String newTerms, String error, Long errorGroup, Locale locale) {
		return page(newTerms, error, errorGroup, null, locale);
	}

	/**
	 * The page after an error in an existing group's form: that group shows what was
	 * typed ({@code typed}), with its current saved version beside it. If the group is
	 * gone meanwhile, what was typed goes into the "add" field.
	 */
	@Transactional(readOnly = true)
	SearchAdminPage page(String newTerms, String error, Long errorGroup, String typed, Locale locale) {
		List<SearchAdminPage.Group> list = this.groups.findAllByOrderByTermsAsc()
			.stream()
			.map((group) -> new SearchAdminPage.Group(group.getId(),
					(typed != null && errorGroup != null && errorGroup == group.getId()) ? typed : group.getTerms(),
					group.getVersion(), group.getTerms()))
			.toList();
		boolean gone = typed != null && errorGroup != null
				&& list.stream().noneMatch((group) -> group.id() == errorGroup);
		Reindexing.Progress progress = this.reindexing.progress();
		int percent = (progress.total() == 0) ? ((progress.state() == Reindexing.State.DONE) ? 100 : 0)
				: (int) Math.min(100, progress.done() * 100 / progress.total());
		return new SearchAdminPage(list, gone ? typed : newTerms, error, gone ? null : errorGroup,
				describe(progress, locale), progress.state() == Reindexing.State.RUNNING, percent,
				this.documents.count());
	}

	String describe(Reindexing.Progress progress, Locale locale) {
		return switch (progress.state()) {
			case IDLE -> text("search.admin.reindex.idle", locale);
			case RUNNING -> this.messages.getMessage("search.admin.reindex.running",
					new Object[] { progress.done(), progress.total() }, locale);
			case DONE -> this.messages.getMessage("search.admin.reindex.done", new Object[] {
					Dates.longDateTime(progress.finishedAt(), locale), progress.done(), progress.seconds() }, locale);
			case FAILED ->
				this.messages.getMessage("search.admin.reindex.failed", new Object[] { progress.error() }, locale);
		};
	}

	Reindexing.Progress progress() {
		return this.reindexing.progress();
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
