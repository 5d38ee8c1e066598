package nl.bewonersplein.content;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.bewonersplein.admin.AdminListing;
import nl.bewonersplein.admin.ListQuery;
import nl.bewonersplein.editorial.EditFlow;
import nl.bewonersplein.editorial.EditState;
import nl.bewonersplein.editorial.Editable;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editors manage the funders and partners at {@code /admin/organisaties}, through the
 * shared {@link EditFlow}: the footer thanks them, and articles credit them in their
 * acknowledgements.
 */
@Controller
@RequestMapping(SupporterAdminController.BASE)
class SupporterAdminController {

	static final String BASE = "/admin/organisaties";

	private final SupporterRepository supporters;

	private final EditFlow flow;

	private final MessageSource messages;

	private final Editable<Supporter, SupporterForm> editable = new Editing();

	SupporterAdminController(SupporterRepository supporters, EditFlow flow, MessageSource messages) {
		this.supporters = supporters;
		this.flow = flow;
		this.messages = messages;
		flow.register(this.editable);
	}

	@GetMapping
	@Transactional(readOnly = true)
	String list(@RequestParam Map<String, String> parameters, Locale locale, Model model) {
		List<AdminListing.Entry> entries = this.supporters.findAll(Sort.by("position", "name"))
			.stream()
			.map((supporter) -> {
				String role = (supporter.getRole() == Supporter.Role.FUNDER) ? "funder" : "partner";
				return new AdminListing.Entry(supporter.getId(), supporter.getName(), BASE + "/" + supporter.getId(),
						TextAdminController.orEmpty(supporter.getUrl()), role,
						text("content.admin.supporters." + role, locale), "", List.of(), null);
			})
			.toList();
		model.addAttribute("list", AdminListing.of(text("content.admin.supporters", locale), BASE,
				text("content.admin.supporters.new", locale), false, entries, ListQuery.of(parameters)));
		return ContentListing.TEMPLATE;
	}

	@GetMapping("/nieuw")
	String create(Locale locale, Model model) {
		return this.flow.showNew(this.editable, SupporterForm.empty(), locale, model);
	}

	@PostMapping
	String add(@Valid SupporterForm form, BindingResult result, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return this.flow.create(this.editable, form, result, false, locale, model, response, redirect);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Locale locale, Model model) {
		return this.flow.showEdit(this.editable, id, locale, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid SupporterForm form, BindingResult result, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return this.flow.update(this.editable, id, form, result, false, locale, model, response, redirect);
	}

	@GetMapping("/{id}/verwijderen")
	String confirmDelete(@PathVariable long id, Locale locale, Model model) {
		return this.flow.confirmDelete(this.editable, id, locale, model);
	}

	@PostMapping("/{id}/verwijderen")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		return this.flow.delete(this.editable, id, redirect);
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	/** Funders and partners as the edit flow sees them. */
	private final class Editing implements Editable<Supporter, SupporterForm> {

		@Override
		public String base() {
			return BASE;
		}

		@Override
		public String kind() {
			return "supporter";
		}

		@Override
		public Optional<Supporter> find(long id) {
			return SupporterAdminController.this.supporters.findById(id);
		}

		@Override
		public long id(Supporter supporter) {
			return supporter.getId();
		}

		@Override
		public long version(Supporter supporter) {
			return supporter.getVersion();
		}

		@Override
		public String subject(Supporter supporter) {
			return "Organisatie " + supporter.getId() + " \"" + supporter.getName() + "\"";
		}

		@Override
		public String title(Supporter supporter) {
			return supporter.getName();
		}

		@Override
		public String deleteTitleKey() {
			return "content.admin.supporters.delete";
		}

		@Override
		public SupporterForm form(Supporter supporter) {
			return SupporterForm.of(supporter);
		}

		@Override
		public Supporter create(SupporterForm form) {
			Supporter supporter = new Supporter(form.name().strip(), form.url().strip(), form.roleValue(),
					form.positionValue());
			supporter.edit(form.name().strip(), form.url().strip(), form.logo(), form.roleValue(), form.positionValue(),
					form.footer());
			return SupporterAdminController.this.supporters.saveAndFlush(supporter);
		}

		@Override
		public void update(Supporter supporter, SupporterForm form) {
			supporter.edit(form.name().strip(), form.url().strip(), form.logo(), form.roleValue(), form.positionValue(),
					form.footer());
			SupporterAdminController.this.supporters.saveAndFlush(supporter);
		}

		@Override
		public void delete(Supporter supporter) {
			SupporterAdminController.this.supporters.delete(supporter);
		}

		@Override
		public String show(Supporter supporter, SupporterForm form, EditState state, Locale locale, Model model) {
			String heading = (supporter == null) ? text("content.admin.supporters.new", locale)
					: SupporterAdminController.this.messages.getMessage("content.admin.edit",
							new Object[] { supporter.getName() }, locale);
			model.addAttribute("editor",
					new SupporterEditor(heading, (supporter == null) ? BASE : BASE + "/" + supporter.getId(),
							(supporter == null) ? "" : BASE + "/" + supporter.getId() + "/verwijderen",
							TextAdminController.orEmpty(form.name()), TextAdminController.orEmpty(form.url()),
							TextAdminController.orEmpty(form.logo()), !"PARTNER".equals(form.role()),
							TextAdminController.orEmpty(form.position()), form.footer(), state.version(),
							state.errors(), state.conflict(), state.formToken()));
			return "content/admin/supporter";
		}

	}

}
