package nl.bewonersplein.members;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.bewonersplein.admin.AdminShell;
import nl.bewonersplein.shared.FormErrors;
import nl.bewonersplein.shared.Link;
import nl.bewonersplein.site.FormSubmissions;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editors manage initiatives at {@code /admin/leden}: list, create, edit (a second
 * editor's save is a conflict that keeps the form), publish, and invite people to keep a
 * profile. Applications, members' changes and CSV have their own controllers.
 */
@Controller
class MemberAdminController {

	private final MemberInitiativeRepository initiatives;

	private final MemberProfiles profiles;

	private final MemberAccounts accounts;

	private final Applications applications;

	private final MemberChangeRepository changes;

	private final InitiativeForms forms;

	private final MemberTexts texts;

	private final FormSubmissions submissions;

	MemberAdminController(MemberInitiativeRepository initiatives, MemberProfiles profiles, MemberAccounts accounts,
			Applications applications, MemberChangeRepository changes, InitiativeForms forms, MemberTexts texts,
			FormSubmissions submissions) {
		this.submissions = submissions;
		this.initiatives = initiatives;
		this.profiles = profiles;
		this.accounts = accounts;
		this.applications = applications;
		this.changes = changes;
		this.forms = forms;
		this.texts = texts;
	}

	/**
	 * An invitation to keep an initiative's profile.
	 *
	 * @param naam the person's name
	 * @param email their e-mail address
	 */
	record InviteForm(@NotBlank(message = "{form.required}") @Size(max = 120, message = "{form.too-long}") String naam,
			@NotBlank(message = "{form.required}") @Email(message = "{form.email}") @Size(max = 254,
					message = "{form.email}") String email) {

		InviteForm {
			naam = Texts.clean(naam);
			email = Texts.clean(email);
		}

	}

	@GetMapping(MemberPaths.ADMIN)
	String list(@RequestParam(name = "q", required = false) String query, Locale locale, Model model) {
		String text = Texts.clean(query);
		String key = Places.key(text);
		List<AdminPages.Row> rows = this.initiatives.findAllByOrderByNameAsc()
			.stream()
			.filter((i) -> key.isEmpty() || Places.key(i.getName() + " " + i.getTown()).contains(key))
			.map((i) -> new AdminPages.Row(i.getName(), i.getTown(), this.texts.region(i.getRegion(), locale),
					i.isPublished(), MemberPaths.ADMIN + "/" + i.getId()))
			.toList();
		model.addAttribute("page", new AdminPages.ListPage(rows, text, this.applications.countNew(),
				this.changes.countByStatus(MemberChange.Status.PENDING)));
		return "members/admin/list";
	}

	@GetMapping(MemberPaths.ADMIN + "/nieuw")
	String newForm(Locale locale, Model model) {
		model.addAttribute("page", newPage(InitiativeForm.empty(), FormSubmissions.token(), FormErrors.NONE, locale));
		return "members/admin/new";
	}

	@PostMapping(MemberPaths.ADMIN)
	String create(@Valid @ModelAttribute InitiativeForm form, BindingResult result,
			@RequestParam(name = FormSubmissions.FIELD, defaultValue = "") String token, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		this.forms.check(form, result, locale);
		String formToken = FormSubmissions.isToken(token) ? token : FormSubmissions.token();
		if (result.hasErrors()) {
			// A repeated post of a form saved meanwhile fails on its own name: same
			// answer.
			Optional<String> earlier = this.submissions.earlier(token);
			if (earlier.isPresent()) {
				return "redirect:" + earlier.get();
			}
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", newPage(form, formToken, this.forms.errors(result, locale), locale));
			return "members/admin/new";
		}
		MemberInitiative.Profile profile = form.profile(null, true, this.forms.themeIds());
		FormSubmissions.Outcome outcome = this.submissions.submit(formToken, () -> MemberPaths.ADMIN + "/"
				+ this.profiles.create(profile, MemberInitiative.Status.DRAFT, form.image()).getId());
		if (!(outcome instanceof FormSubmissions.Outcome.Done done)) {
			// Another editor took the same address at that moment: the form is kept.
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("page", newPage(form, formToken,
					new FormErrors(java.util.Map.of(), List.of(this.texts.t("members.admin.race", locale))), locale));
			return "members/admin/new";
		}
		redirect.addFlashAttribute(AdminShell.FLASH, "members.admin.created");
		return "redirect:" + done.location();
	}

	@GetMapping(MemberPaths.ADMIN + "/{id}")
	String edit(@PathVariable long id, Locale locale, Model model) {
		MemberInitiative initiative = this.profiles.get(id);
		model.addAttribute("page", editPage(initiative, InitiativeForm.of(initiative), FormErrors.NONE, false,
				FormErrors.NONE, new InviteForm("", ""), locale));
		return "members/admin/edit";
	}

	@PostMapping(MemberPaths.ADMIN + "/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute InitiativeForm form, BindingResult result,
			Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		MemberInitiative initiative = this.profiles.get(id);
		this.forms.check(form, result, locale);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", editPage(initiative, form, this.forms.errors(result, locale), false,
					FormErrors.NONE, new InviteForm("", ""), locale));
			return "members/admin/edit";
		}
		try {
			this.profiles.update(id, form.version(), form.profile(initiative.profile(), true, this.forms.themeIds()),
					form.image());
		}
		catch (RuntimeException ex) {
			if (!MemberProfiles.isConflict(ex)) {
				throw ex;
			}
			// Someone else saved first: keep what this editor typed, on the newest
			// version.
			response.setStatus(HttpStatus.CONFLICT.value());
			MemberInitiative current = this.profiles.get(id);
			InitiativeForm kept = new InitiativeForm(form.naam(), form.soort(), form.plaats(), form.regio(),
					form.samenvatting(), form.beschrijving(), form.website(), form.links(), form.email(),
					form.opgericht(), form.themas(), form.doelen(), String.valueOf(current.getVersion()),
					form.afbeelding(), form.afbeeldingAlt(), form.onderschrift());
			model.addAttribute("page",
					editPage(current, kept, FormErrors.NONE, true, FormErrors.NONE, new InviteForm("", ""), locale));
			return "members/admin/edit";
		}
		redirect.addFlashAttribute(AdminShell.FLASH, "members.admin.saved");
		return "redirect:" + MemberPaths.ADMIN + "/" + id;
	}

	@PostMapping(MemberPaths.ADMIN + "/{id}/publicatie")
	String publish(@PathVariable long id, @RequestParam(name = "zichtbaar", defaultValue = "ja") String visible,
			RedirectAttributes redirect) {
		boolean published = "ja".equals(visible);
		this.profiles.publish(id, published);
		redirect.addFlashAttribute(AdminShell.FLASH,
				published ? "members.admin.published" : "members.admin.unpublished");
		return "redirect:" + MemberPaths.ADMIN + "/" + id;
	}

	@PostMapping(MemberPaths.ADMIN + "/{id}/uitnodigingen")
	String invite(@PathVariable long id, @Valid @ModelAttribute InviteForm invite, BindingResult result, Locale locale,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		MemberInitiative initiative = this.profiles.get(id);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", editPage(initiative, InitiativeForm.of(initiative), FormErrors.NONE, false,
					this.forms.errors(result, locale), invite, locale));
			return "members/admin/edit";
		}
		this.accounts.invite(id, invite.naam(), invite.email());
		redirect.addFlashAttribute(AdminShell.FLASH, "members.admin.invited");
		return "redirect:" + MemberPaths.ADMIN + "/" + id;
	}

	private AdminPages.NewPage newPage(InitiativeForm form, String token, FormErrors errors, Locale locale) {
		return new AdminPages.NewPage(
				this.forms.page(this.texts.t("members.admin.new", locale), "", MemberPaths.ADMIN,
						this.texts.t("members.admin.create", locale), true, form, errors,
						new Link(this.texts.t("members.admin.back", locale), MemberPaths.ADMIN), List.of(), locale),
				token);
	}

	private AdminPages.EditPage editPage(MemberInitiative initiative, InitiativeForm form, FormErrors errors,
			boolean conflict, FormErrors inviteErrors, InviteForm invite, Locale locale) {
		InitiativeFormPage formPage = this.forms.page(initiative.getName(), "",
				MemberPaths.ADMIN + "/" + initiative.getId(), this.texts.t("members.admin.save", locale), true, form,
				errors, new Link(this.texts.t("members.admin.back", locale), MemberPaths.ADMIN), List.of(), locale);
		return new AdminPages.EditPage(initiative.getId(), initiative.isPublished(),
				MemberPaths.profile(initiative.getSlug()), this.accounts.keepers(initiative.getId()), formPage,
				conflict, inviteErrors, invite.naam(), invite.email());
	}

}
