package nl.bewonersplein.toolkit;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.bewonersplein.admin.AdminListing;
import nl.bewonersplein.admin.ListQuery;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The editors' list of toolkits at {@code /admin/toolkits}, the shared
 * {@link AdminListing}: search in the titles, a filter by status ("online" or "concept"),
 * the three orders and pages. It has no theme filter, for toolkits belong to no themes
 * (their chapters are each toolkit's own table of contents), and no check boxes to
 * publish several at once: a toolkit goes online by publishing an edition, which numbers
 * and dates it and makes its booklet anew, one deliberate step per toolkit on its edit
 * page.
 */
@Controller
class ToolkitListAdminController {

	static final String BASE = "/admin/toolkits";

	private final ToolkitRepository toolkits;

	private final MessageSource messages;

	ToolkitListAdminController(ToolkitRepository toolkits, MessageSource messages) {
		this.toolkits = toolkits;
		this.messages = messages;
	}

	@GetMapping(BASE)
	@Transactional(readOnly = true)
	String list(@RequestParam Map<String, String> parameters, Locale locale, Model model) {
		List<AdminListing.Entry> entries = this.toolkits.findAllByOrderByTitleAsc()
			.stream()
			.map((toolkit) -> entry(toolkit, locale))
			.toList();
		model.addAttribute("list", AdminListing.of(text("toolkit.admin.title", locale), BASE,
				text("toolkit.admin.new", locale), false, entries, ListQuery.of(parameters)));
		return "admin/listing";
	}

	private AdminListing.Entry entry(Toolkit toolkit, Locale locale) {
		boolean online = toolkit.isPublished();
		String status = online ? "online" : "concept";
		return new AdminListing.Entry(toolkit.getId(), toolkit.getTitle(), BASE + "/" + toolkit.getId(),
				online ? toolkit.getUrl() : "", status, text("toolkit.admin.list.status." + status, locale), "",
				List.of(), toolkit.getUpdatedAt());
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
