package nl.bewonersplein.events;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.bewonersplein.editorial.EditState;
import nl.bewonersplein.editorial.Editable;
import nl.bewonersplein.editorial.Publishable;
import nl.bewonersplein.editorial.Redirects;
import nl.bewonersplein.media.BodyRenderer;
import nl.bewonersplein.media.MediaLibrary;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * Events as the shared edit flow sees them: a new event starts as a draft; publishing,
 * scheduling, revisions, preview links and the 301 of a changed address or the 410 of a
 * deleted one are the flow's. A larger capacity gives the new places to the waitlist at
 * once; a smaller one may not drop below the places already given. The edit page is
 * {@link EventEditPage}'s.
 */
@Component
class EventEditing implements Editable<EventEditing.Item, EventForm>, Publishable<EventEditing.Item> {

	static final String BASE = EventPaths.ADMIN;

	/** The event being edited; the flow reads it again after each write. */
	static final class Item {

		private Event event;

		Item(Event event) {
			this.event = event;
		}

		Event event() {
			return this.event;
		}

	}

	private final EventStore store;

	private final EventEditStore writes;

	private final Registrations registrations;

	private final Redirects redirects;

	private final BodyRenderer bodies;

	private final EventEditPage page;

	private final Clock clock;

	EventEditing(EventStore store, EventEditStore writes, Registrations registrations, Redirects redirects,
			BodyRenderer bodies, EventEditPage page, Clock clock) {
		this.store = store;
		this.writes = writes;
		this.registrations = registrations;
		this.redirects = redirects;
		this.bodies = bodies;
		this.page = page;
		this.clock = clock;
	}

	@Override
	public String base() {
		return BASE;
	}

	@Override
	public String kind() {
		return "event";
	}

	@Override
	public Optional<Item> find(long id) {
		return this.store.byId(id).map(Item::new);
	}

	@Override
	public long id(Item item) {
		return item.event.id();
	}

	@Override
	public long version(Item item) {
		return item.event.version();
	}

	@Override
	public String subject(Item item) {
		return Registrations.subject(item.event);
	}

	@Override
	public String title(Item item) {
		return item.event.title();
	}

	@Override
	public String deleteTitleKey() {
		return "events.edit.delete";
	}

	@Override
	public EventForm form(Item item) {
		return EventForm.of(item.event);
	}

	@Override
	public boolean online(Item item, Instant now) {
		return item.event.visible();
	}

	@Override
	public void publish(Item item, Instant at) {
		this.writes.publish(item.event.id(), this.clock.instant());
		refresh(item);
	}

	@Override
	public void unpublish(Item item) {
		this.writes.unpublish(item.event.id(), this.clock.instant());
		refresh(item);
	}

	@Override
	public String publicPath(Item item) {
		return EventPaths.event(item.event.slug());
	}

	@Override
	public void check(EventForm form, Item item, BindingResult result) {
		if ((form.slug() == null || form.slug().isBlank()) && !result.hasFieldErrors("slug")) {
			result.rejectValue("slug", "form.required");
		}
		if (form.slug() != null && !result.hasFieldErrors("slug")) {
			this.store.bySlug(form.slug().strip())
				.filter((other) -> item == null || other.id() != item.event.id())
				.ifPresent((other) -> result.rejectValue("slug", "events.edit.slug.taken"));
		}
		if (EventForm.blankToNull(form.imagePath()) != null && EventForm.blankToNull(form.imageAlt()) == null
				&& !MediaLibrary.isLibraryPath(form.imagePath())) {
			result.rejectValue("imageAlt", "events.edit.image.alt");
		}
		EventInput.Values values = EventInput.read(form, result);
		if (item != null && values != null && values.capacity() != null) {
			// Locked until the save commits, so no sign-up takes a place in between.
			Map<String, Object> places = this.writes.lock(item.event.id());
			int taken = ((Number) places.get("places_taken")).intValue();
			if (values.capacity() < taken) {
				result.rejectValue("capacity", "events.edit.capacity.taken", new Object[] { taken }, null);
			}
		}
	}

	@Override
	public String preview(EventForm form) {
		return this.bodies.toHtml(form.description());
	}

	@Override
	public Item create(EventForm form) {
		EventInput.Values values = values(form);
		Instant now = this.clock.instant();
		long id = this.store.create(new Event(0, form.slug().strip(), form.title().strip(), form.summary().strip(),
				form.description(), values.startsAt(), values.endsAt(), form.isOnline(),
				form.isOnline() ? EventForm.blankToNull(form.onlineUrl()) : null,
				form.isOnline() ? null : EventForm.blankToNull(form.venue()),
				form.isOnline() ? null : EventForm.blankToNull(form.address()),
				form.isOnline() ? null : EventForm.blankToNull(form.town()), values.region(),
				form.organiserName().strip(), form.organiserPhone().strip(),
				new Event.Access(EventForm.ticked(form.stepFree()), EventForm.ticked(form.hearingLoop()),
						EventForm.ticked(form.seating()), EventForm.ticked(form.toilet())),
				values.price(), values.capacity(), 0, values.maxPerSignUp(), values.opensAt(), values.closesAt(),
				Event.Status.DRAFT, EventForm.blankToNull(form.report()),
				new java.util.LinkedHashSet<>(form.themeIds()), now, EventForm.blankToNull(form.imagePath()),
				EventForm.blankToNull(form.imageAlt()), 0), now);
		Item item = new Item(this.store.byId(id).orElseThrow());
		this.redirects.claimed(publicPath(item));
		return item;
	}

	@Override
	public void update(Item item, EventForm form) {
		String oldPath = publicPath(item);
		Instant now = this.clock.instant();
		Integer oldCapacity = item.event.capacity();
		this.writes.update(item.event.id(), item.event.version(), form, values(form), now);
		refresh(item);
		if (!oldPath.equals(publicPath(item))) {
			this.redirects.moved(oldPath, publicPath(item), now);
		}
		Integer capacity = item.event.capacity();
		if (oldCapacity != null && (capacity == null || capacity > oldCapacity)) {
			this.registrations.fillFromWaitlist(item.event.id());
			refresh(item);
		}
	}

	@Override
	public void delete(Item item) {
		this.redirects.removed(publicPath(item));
		this.store.delete(item.event.id());
	}

	@Override
	public String show(Item item, EventForm form, EditState state, Locale locale, Model model) {
		return this.page.show((item != null) ? item.event : null, form, state, locale, model);
	}

	private void refresh(Item item) {
		item.event = this.store.byId(item.event.id()).orElseThrow();
	}

	private static EventInput.Values values(EventForm form) {
		EventInput.Values values = EventInput.read(form, new BeanPropertyBindingResult(form, "form"));
		if (values == null) {
			throw new IllegalStateException("an event form that passed the checks no longer reads");
		}
		return values;
	}

}
