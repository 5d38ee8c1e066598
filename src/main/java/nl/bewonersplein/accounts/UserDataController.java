package nl.bewonersplein.accounts;

import java.util.Locale;
import java.util.Map;

import nl.bewonersplein.admin.AdminShell;
import nl.bewonersplein.admin.Confirmation;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A user's personal data, for admins: the export (JSON) and erasing the account after a
 * confirmation step. See {@link UserAdminController} for the list and invitations.
 */
@Controller
class UserDataController {

	private static final String PATH = UserAdminController.PATH;

	private final AccountRepository repository;

	private final MessageSource messages;

	private final PersonalData personalData;

	UserDataController(AccountRepository repository, MessageSource messages, PersonalData personalData) {
		this.repository = repository;
		this.messages = messages;
		this.personalData = personalData;
	}

	@GetMapping(value = PATH + "/{id}/export", produces = "application/json")
	@ResponseBody
	ResponseEntity<Map<String, Object>> export(@PathVariable long id) {
		this.repository.findById(id).orElseThrow(UserViews::notFound);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"account-" + id + ".json\"")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(this.personalData.export(id));
	}

	@GetMapping(PATH + "/{id}/verwijderen")
	String confirmErase(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, Locale locale,
			Model model) {
		Account account = this.repository.findById(id).orElseThrow(UserViews::notFound);
		if (id == me.id()) {
			return "redirect:" + PATH + "/" + id;
		}
		model.addAttribute("confirmation",
				new Confirmation(this.messages.getMessage("users.erase.title", null, locale),
						this.messages.getMessage("users.erase.question", new Object[] { account.getDisplayName() },
								locale),
						PATH + "/" + id + "/verwijdering", this.messages.getMessage("users.erase.button", null, locale),
						PATH + "/" + id));
		return "admin/confirm";
	}

	@PostMapping(PATH + "/{id}/verwijdering")
	String erase(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
		this.repository.findById(id).orElseThrow(UserViews::notFound);
		if (id == me.id()) {
			redirect.addFlashAttribute(AdminShell.FLASH, "users.deactivate.self");
			return "redirect:" + PATH + "/" + id;
		}
		this.personalData.erase(id);
		redirect.addFlashAttribute(AdminShell.FLASH, "users.erased");
		return "redirect:" + PATH;
	}

}
