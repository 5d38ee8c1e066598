package nl.bewonersplein.events;

import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.bewonersplein.editorial.Editable;
import nl.bewonersplein.editorial.Slugs;

/**
 * What an editor submits for an event. Dates and times are typed the Dutch way
 * ({@code 8-12-2026}, {@code 19:30}) in Europe/Amsterdam and read by {@link EventInput};
 * checkboxes are {@code "ja"} when ticked. The report is written after the event.
 *
 * @param free "ja" when it costs nothing (then {@code price} is ignored)
 * @param unlimited "ja" when there is no maximum (then {@code capacity} is ignored)
 * @param maxPerSignUp how many people one sign-up may bring
 * @param report the short report afterwards, in the body format with library images
 */
record EventForm(
		@Size(max = 160, message = "{form.too-long}") @Pattern(regexp = "\\s*([a-z0-9]+(-[a-z0-9]+)*)?\\s*",
				message = "{events.edit.slug.invalid}") String slug,
		@NotBlank(message = "{form.required}") @Size(max = 200, message = "{form.too-long}") String title,
		@NotBlank(message = "{form.required}") @Size(max = 400, message = "{form.too-long}") String summary,
		@NotBlank(message = "{form.required}") @Size(max = 20000, message = "{form.too-long}") String description,
		String startDate, String startTime, String endDate, String endTime, String online,
		@Size(max = 500, message = "{form.too-long}") String onlineUrl,
		@Size(max = 200, message = "{form.too-long}") String venue,
		@Size(max = 200, message = "{form.too-long}") String address,
		@Size(max = 100, message = "{form.too-long}") String town, String region, List<String> themes,
		@Size(max = 500, message = "{form.too-long}") @Pattern(regexp = "(/[^/\\\\\\s][^\\\\\\s]*)?",
				message = "{events.edit.image.invalid}") String imagePath,
		@Size(max = 300, message = "{form.too-long}") String imageAlt,
		@NotBlank(message = "{form.required}") @Size(max = 120, message = "{form.too-long}") String organiserName,
		@NotBlank(message = "{form.required}") @Size(max = 40, message = "{form.too-long}") String organiserPhone,
		String stepFree, String hearingLoop, String seating, String toilet, String free,
		@Size(max = 100, message = "{form.too-long}") String price, String unlimited, String capacity,
		String maxPerSignUp, String opensDate, String opensTime, String closesDate, String closesTime,
		@Size(max = 20000, message = "{form.too-long}") String report, String version,
		String formToken) implements Editable.Form {

	static final String YES = "ja";

	static EventForm of(Event event) {
		return new EventForm(event.slug(), event.title(), event.summary(), event.description(),
				EventInput.date(event.startsAt()), EventInput.time(event.startsAt()), EventInput.date(event.endsAt()),
				EventInput.time(event.endsAt()), yes(event.online()), event.onlineUrl(), event.venue(), event.address(),
				event.town(), (event.region() != null) ? event.region().name() : "",
				event.themeIds().stream().map(String::valueOf).toList(), event.imagePath(), event.imageAlt(),
				event.organiserName(), event.organiserPhone(), yes(event.access().stepFree()),
				yes(event.access().hearingLoop()), yes(event.access().seating()), yes(event.access().toilet()),
				yes(event.price() == null), orEmpty(event.price()), yes(event.capacity() == null),
				(event.capacity() != null) ? String.valueOf(event.capacity()) : "",
				String.valueOf(event.maxPerSignUp()), EventInput.date(event.signUpOpensAt()),
				EventInput.time(event.signUpOpensAt()), EventInput.date(event.signUpClosesAt()),
				EventInput.time(event.signUpClosesAt()), orEmpty(event.report()), String.valueOf(event.version()),
				null);
	}

	static EventForm empty() {
		return new EventForm("", "", "", "", "", "", "", "", "", "", "", "", "", "", List.of(), "", "", "", "", "", "",
				"", "", YES, "", "", "", "4", "", "", "", "", "", null, null);
	}

	/** This form with its address part proposed from the title when it was left empty. */
	EventForm withProposedSlug() {
		return new EventForm(Slugs.orProposal(this.slug, this.title, 160), this.title, this.summary, this.description,
				this.startDate, this.startTime, this.endDate, this.endTime, this.online, this.onlineUrl, this.venue,
				this.address, this.town, this.region, this.themes, this.imagePath, this.imageAlt, this.organiserName,
				this.organiserPhone, this.stepFree, this.hearingLoop, this.seating, this.toilet, this.free, this.price,
				this.unlimited, this.capacity, this.maxPerSignUp, this.opensDate, this.opensTime, this.closesDate,
				this.closesTime, this.report, this.version, this.formToken);
	}

	boolean isOnline() {
		return YES.equals(this.online);
	}

	boolean isFree() {
		return YES.equals(this.free);
	}

	boolean isUnlimited() {
		return YES.equals(this.unlimited);
	}

	static boolean ticked(String value) {
		return YES.equals(value);
	}

	List<Long> themeIds() {
		return (this.themes != null) ? this.themes.stream().map(EventForm::number).filter(Objects::nonNull).toList()
				: List.of();
	}

	@Override
	public Long versionValue() {
		return number(this.version);
	}

	static Long number(String value) {
		if (value == null || !value.strip().matches("[0-9]{1,18}")) {
			return null;
		}
		return Long.valueOf(value.strip());
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

	private static String yes(boolean value) {
		return value ? YES : "";
	}

}
