package nl.bewonersplein.events;

import nl.bewonersplein.editorial.DeletableEditController;
import nl.bewonersplein.editorial.EditFlow;
import nl.bewonersplein.editorial.Editable;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Editors and coordinators create, edit, publish, schedule and delete events at
 * {@code /admin/evenementen}, through the shared {@link EditFlow} (the handlers are
 * {@link DeletableEditController}'s, what is particular to events is in
 * {@link EventEditing}). An event's sign-ups are {@link EventAdminController}'s.
 */
@Controller
@RequestMapping(EventEditing.BASE)
class EventEditController extends DeletableEditController<EventEditing.Item, EventForm> {

	private final EventEditing editing;

	EventEditController(EventEditing editing, EditFlow flow) {
		super(flow, EventForm::empty, EventForm::withProposedSlug);
		this.editing = editing;
	}

	@Override
	protected Editable<EventEditing.Item, EventForm> editable() {
		return this.editing;
	}

}
