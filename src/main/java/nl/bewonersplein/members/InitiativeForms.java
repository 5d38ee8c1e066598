package nl.bewonersplein.members;

import nl.bewonersplein.shared.Region;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import nl.bewonersplein.content.ThemeOption;
import nl.bewonersplein.content.Themes;
import nl.bewonersplein.media.MediaLibrary;
import nl.bewonersplein.shared.FormErrors;
import nl.bewonersplein.shared.Link;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Turns an {@link InitiativeForm} into the form page and checks what annotations cannot.
 */
@Component
class InitiativeForms {

	private final Themes themes;

	private final MemberTexts texts;

	private final MessageSource messages;

	private final MediaLibrary library;

	InitiativeForms(Themes themes, MemberTexts texts, MessageSource messages, MediaLibrary library) {
		this.themes = themes;
		this.texts = texts;
		this.messages = messages;
		this.library = library;
	}

	/**
	 * Adds the checks beyond the annotations: a known kind, web addresses as links, and
	 * an image that is in the media library.
	 */
	void check(InitiativeForm form, BindingResult result, Locale locale) {
		if (!result.hasFieldErrors("soort") && !form.validKind()) {
			result.rejectValue("soort", "kind", this.texts.t("members.form.kind", locale));
		}
		if (!result.hasFieldErrors("links") && !form.linksValid()) {
			result.rejectValue("links", "links", this.texts.t("members.form.links", locale));
		}
		if (!result.hasFieldErrors("afbeelding") && !form.afbeelding().isEmpty()
				&& !this.library.isImage(MediaLibrary.idOf(form.afbeelding()).orElse(null))) {
			result.rejectValue("afbeelding", "image", this.texts.t("members.form.image.invalid", locale));
		}
	}

	FormErrors errors(BindingResult result, Locale locale) {
		return FormErrors.of(result, this.messages, locale);
	}

	Set<Long> themeIds() {
		return this.themes.options().stream().map(ThemeOption::id).collect(Collectors.toSet());
	}

	InitiativeFormPage page(String title, String intro, String action, String button, boolean staff,
			InitiativeForm form, FormErrors errors, Link back, List<Link> crumbs, Locale locale) {
		List<InitiativeFormPage.Choice> kinds = Arrays.stream(InitiativeKind.values())
			.map((kind) -> new InitiativeFormPage.Choice(kind.slug(), this.texts.kind(kind, locale),
					kind.slug().equals(form.soort())))
			.toList();
		List<InitiativeFormPage.Choice> regions = Arrays.stream(Region.values())
			.map((region) -> new InitiativeFormPage.Choice(region.slug(), this.texts.region(region, locale),
					region.slug().equals(form.regio())))
			.toList();
		List<InitiativeFormPage.Choice> themes = this.themes.options()
			.stream()
			.map((theme) -> new InitiativeFormPage.Choice(String.valueOf(theme.id()), theme.title(),
					form.hasTheme(theme.id())))
			.toList();
		List<InitiativeFormPage.Choice> goals = new ArrayList<>();
		for (int goal = 1; goal <= Goals.COUNT; goal++) {
			goals.add(new InitiativeFormPage.Choice(String.valueOf(goal), goal + ". " + this.texts.goal(goal, locale),
					form.hasGoal(goal)));
		}
		return new InitiativeFormPage(title, intro, action, button, staff, form.naam(), form.plaats(),
				form.samenvatting(), form.beschrijving(), form.website(), form.links(), form.email(), form.opgericht(),
				form.version(), form.afbeelding(), form.afbeeldingAlt(), form.onderschrift(), kinds, regions, themes,
				goals, errors, back, crumbs);
	}

}
