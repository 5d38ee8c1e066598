package nl.bewonersplein.editorial;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts scheduled items online on time: every minute on one app node at a time (ShedLock),
 * and each schedule is claimed by a conditional update in the transaction that publishes
 * the item, so an item goes online once and is announced once
 * ({@link PublicationChanged}) whatever runs twice.
 */
@Component
public class ScheduledPublications {

	private final Schedules schedules;

	private final EditableTypes types;

	private final Revisions revisions;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate writing;

	private final Clock clock;

	ScheduledPublications(Schedules schedules, EditableTypes types, Revisions revisions,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
		this.schedules = schedules;
		this.types = types;
		this.revisions = revisions;
		this.events = events;
		this.writing = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${bewonersplein.editorial.schedule.every:PT1M}", initialDelayString = "PT20S")
	@SchedulerLock(name = "editorial-scheduled-publications", lockAtMostFor = "PT10M")
	void scheduled() {
		publishDue();
	}

	/**
	 * Publishes every item whose moment has come.
	 * @return how many items this call put online
	 */
	public int publishDue() {
		Instant now = this.clock.instant();
		int published = 0;
		for (Long id : this.schedules.due(now)) {
			Boolean done = this.writing
				.execute((status) -> this.schedules.claim(id, now).map((due) -> publish(due, now)).orElse(false));
			if (Boolean.TRUE.equals(done)) {
				published++;
			}
		}
		return published;
	}

	private boolean publish(Schedules.Due due, Instant now) {
		Optional<Editable<?, ?>> type = this.types.ofKind(due.kind());
		return type.isPresent() && publish(type.get(), due, now);
	}

	private <T> boolean publish(Editable<T, ?> type, Schedules.Due due, Instant now) {
		if (!(type instanceof Publishable<?>)) {
			return false;
		}
		@SuppressWarnings("unchecked")
		Publishable<T> publication = (Publishable<T>) type;
		Optional<T> item = type.find(due.itemId());
		if (item.isEmpty() || publication.online(item.get(), now)) {
			return false;
		}
		publication.publish(item.get(), due.publishAt());
		this.revisions.live(type.kind(), due.itemId(), true);
		this.events.publishEvent(new PublicationChanged(type.kind(), due.itemId(), type.subject(item.get()), true));
		return true;
	}

}
