package nl.bewonersplein.members;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import nl.bewonersplein.admin.AdminShell;
import nl.bewonersplein.shared.Dates;
import nl.bewonersplein.shared.FormErrors;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editors decide on members' changes of their own profile at
 * {@code /admin/leden/wijzigingen}: each shows what changes, word by word; approve makes
 * it public at once, send back needs a remark the member reads.
 */
@Controller
class ChangeAdminController {

	static final String BASE = MemberPaths.ADMIN + "/wijzigingen";

	private final MemberChangeRepository changes;

	private final ProfileChanges profileChanges;

	private final MemberProfiles profiles;

	private final nl.bewonersplein.accounts.MemberInvitations accounts;

	private final MemberTexts texts;

	ChangeAdminController(MemberChangeRepository changes, ProfileChanges profileChanges, MemberProfiles profiles,
			nl.bewonersplein.accounts.MemberInvitations accounts, MemberTexts texts) {
		this.changes = changes;
		this.profileChanges = profileChanges;
		this.profiles = profiles;
		this.accounts = accounts;
		this.texts = texts;
	}

	@GetMapping(BASE)
	String list(Locale locale, Model model) {
		List<AdminPages.ApplicationRow> rows = this.changes.findByStatusOrderByCreatedAtAsc(MemberChange.Status.PENDING)
			.stream()
			.map((change) -> {
				MemberInitiative initiative = this.profiles.get(change.getInitiativeId());
				return new AdminPages.ApplicationRow(initiative.getName(), initiative.getTown(),
						Dates.shortDate(change.getCreatedAt()), this.texts.t("members.admin.change.pending", locale),
						BASE + "/" + change.getId());
			})
			.toList();
		model.addAttribute("page", new AdminPages.ChangesPage(rows));
		return "members/admin/changes";
	}

	@GetMapping(BASE + "/{id}")
	String show(@PathVariable long id, Locale locale, Model model) {
		model.addAttribute("page", page(change(id), "", FormErrors.NONE, locale));
		return "members/admin/change";
	}

	@PostMapping(BASE + "/{id}/goedkeuring")
	String approve(@PathVariable long id, RedirectAttributes redirect) {
		try {
			this.profileChanges.approve(id);
			redirect.addFlashAttribute(AdminShell.FLASH, "members.admin.change.approved.done");
			return "redirect:" + BASE;
		}
		catch (ProfileChanges.AlreadyDecided | ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute(AdminShell.FLASH, "members.admin.change.already");
			return "redirect:" + BASE + "/" + id;
		}
	}

	@PostMapping(BASE + "/{id}/terugsturen")
	String sendBack(@PathVariable long id, @RequestParam(name = "opmerking", defaultValue = "") String remark,
			Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		String text = Texts.cleanMultiline(remark);
		if (text.isEmpty() || text.length() > 2000) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			String message = text.isEmpty() ? this.texts.t("members.admin.change.remark-required", locale)
					: this.texts.t("form.too-long", locale).replace("{max}", "2000");
			model.addAttribute("page",
					page(change(id), text, new FormErrors(Map.of("opmerking", message), List.of()), locale));
			return "members/admin/change";
		}
		try {
			this.profileChanges.sendBack(id, text);
			redirect.addFlashAttribute(AdminShell.FLASH, "members.admin.change.returned.done");
			return "redirect:" + BASE;
		}
		catch (ProfileChanges.AlreadyDecided | ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute(AdminShell.FLASH, "members.admin.change.already");
			return "redirect:" + BASE + "/" + id;
		}
	}

	private MemberChange change(long id) {
		return this.changes.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private ChangePage page(MemberChange change, String remark, FormErrors errors, Locale locale) {
		MemberInitiative initiative = this.profiles.get(change.getInitiativeId());
		String by = this.accounts.names(List.of(change.getAccountId())).getOrDefault(change.getAccountId(), "-");
		boolean pending = change.getStatus() == MemberChange.Status.PENDING;
		return new ChangePage(change.getId(), initiative.getName(), MemberPaths.ADMIN + "/" + initiative.getId(), by,
				Dates.shortDate(change.getCreatedAt()), pending,
				this.texts.t("members.admin.change." + change.getStatus().name().toLowerCase(Locale.ROOT), locale),
				pending ? this.profileChanges.diff(change, initiative, locale) : List.of(),
				pending ? remark : ((change.getRemark() != null) ? change.getRemark() : ""), errors);
	}

}
