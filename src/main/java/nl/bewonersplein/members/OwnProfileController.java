package nl.bewonersplein.members;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.bewonersplein.shared.Dates;
import nl.bewonersplein.shared.FormErrors;
import nl.bewonersplein.shared.Link;
import nl.bewonersplein.shared.SignedIn;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Members keep their own initiative's profile at {@code /account/initiatieven}: only the
 * initiatives their account keeps (any other answers 403), changes wait for an editor,
 * and they read the messages sent through their contact form. The image is
 * {@link OwnImageController}; see ChangeAdminController for the editors' side.
 */
@Controller
class OwnProfileController {

	private final MemberAccounts accounts;

	private final MemberProfiles profiles;

	private final OwnProfileView view;

	private final ProfileChanges changes;

	private final InitiativeForms forms;

	private final MemberTexts texts;

	private final JdbcTemplate jdbc;

	OwnProfileController(MemberAccounts accounts, MemberProfiles profiles, OwnProfileView view, ProfileChanges changes,
			InitiativeForms forms, MemberTexts texts, JdbcTemplate jdbc) {
		this.accounts = accounts;
		this.profiles = profiles;
		this.view = view;
		this.changes = changes;
		this.forms = forms;
		this.texts = texts;
		this.jdbc = jdbc;
	}

	@GetMapping(MemberPaths.OWN)
	String list(@AuthenticationPrincipal SignedIn person, Locale locale, Model model) {
		List<Link> initiatives = this.accounts.initiativesOf(person.accountId())
			.stream()
			.map(this.profiles::get)
			.map((initiative) -> new Link(initiative.getName(), MemberPaths.OWN + "/" + initiative.getId()))
			.toList();
		model.addAttribute("page", new OwnPages.ListPage(initiatives, crumbs(locale)));
		return "members/own-list";
	}

	@GetMapping(MemberPaths.OWN + "/{id}")
	String show(@PathVariable long id, @RequestParam(name = "verstuurd", required = false) String saved,
			@AuthenticationPrincipal SignedIn person, Locale locale, Model model) {
		MemberInitiative initiative = own(person, id);
		model.addAttribute("page", this.view.page(initiative, this.view.form(initiative), FormErrors.NONE,
				saved != null, OwnPages.ImageInput.fresh(), locale));
		return "members/own-profile";
	}

	@PostMapping(MemberPaths.OWN + "/{id}/wijzigingen")
	String propose(@PathVariable long id, @Valid @ModelAttribute InitiativeForm form, BindingResult result,
			@AuthenticationPrincipal SignedIn person, Locale locale, Model model, HttpServletResponse response) {
		MemberInitiative initiative = own(person, id);
		this.forms.check(form, result, locale);
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("page", this.view.page(initiative, form, this.forms.errors(result, locale), false,
					OwnPages.ImageInput.fresh(), locale));
			return "members/own-profile";
		}
		this.changes.propose(id, person.accountId(), form.profile(initiative.profile(), false, this.forms.themeIds()));
		return "redirect:" + MemberPaths.OWN + "/" + id + "?verstuurd";
	}

	@GetMapping(MemberPaths.OWN + "/{id}/berichten")
	String messages(@PathVariable long id, @AuthenticationPrincipal SignedIn person, Locale locale, Model model) {
		MemberInitiative initiative = own(person, id);
		List<OwnPages.Message> messages = this.jdbc.query(
				"select created_at, sender_name, sender_email, body from member_message where initiative_id = ?"
						+ " order by created_at desc, id desc",
				(rs, n) -> new OwnPages.Message(Dates.shortDate(rs.getTimestamp(1).toInstant()), rs.getString(2),
						rs.getString(3), rs.getString(4)),
				id);
		List<Link> crumbs = new java.util.ArrayList<>(crumbs(locale));
		crumbs.set(crumbs.size() - 1, new Link(crumbs.get(crumbs.size() - 1).label(), MemberPaths.OWN));
		crumbs.add(new Link(initiative.getName(), MemberPaths.OWN + "/" + id));
		crumbs.add(new Link(this.texts.t("members.own.messages", locale), MemberPaths.OWN + "/" + id + "/berichten",
				true));
		model.addAttribute("page",
				new OwnPages.MessagesPage(initiative.getName(), MemberPaths.OWN + "/" + id, messages, crumbs));
		return "members/own-messages";
	}

	private MemberInitiative own(SignedIn person, long id) {
		return this.view.own(person, id);
	}

	private List<Link> crumbs(Locale locale) {
		return this.view.crumbs(locale);
	}

}
