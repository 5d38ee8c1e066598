package nl.bewonersplein.media;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import nl.bewonersplein.admin.AdminShell;
import nl.bewonersplein.shared.Dates;
import nl.bewonersplein.shared.FormErrors;
import nl.bewonersplein.shared.Link;
import nl.bewonersplein.site.FormSubmissions;
import nl.bewonersplein.site.Paging;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The library for editors at {@code /admin/media}: the list with search, filters, order
 * and pages; uploading a file with its texts; a file's page to change its texts or give
 * it a new file. Deleting is {@link MediaDeleteController}, choosing an image for a body
 * {@link MediaPickerController}; the work is done by {@link MediaUploads}.
 */
@Controller
class MediaAdminController {

	static final String ADMIN = "/admin/media";

	static final int PAGE_SIZE = 24;

	private final MediaStore store;

	private final MediaUploads uploads;

	private final FormSubmissions submissions;

	private final MediaTexts texts;

	MediaAdminController(MediaStore store, MediaUploads uploads, FormSubmissions submissions, MediaTexts texts) {
		this.store = store;
		this.uploads = uploads;
		this.submissions = submissions;
		this.texts = texts;
	}

	@GetMapping(ADMIN)
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String soort,
			@RequestParam(required = false) String gebruik, @RequestParam(required = false) String volgorde,
			Paging paging, Locale locale, Model model) {
		MediaQuery query = MediaQuery.of(q, soort, gebruik, volgorde);
		Set<Long> used = this.uploads.usedIds();
		MediaStore.Found found = this.store.search(query, used, (int) paging.offset(PAGE_SIZE), PAGE_SIZE);
		List<MediaAdminPages.Row> rows = found.items()
			.stream()
			.map((item) -> new MediaAdminPages.Row(item.id(), ADMIN + "/" + item.id(),
					item.document() ? "" : item.thumbnail().src(), item.originalName(),
					this.texts.t(item.document() ? "media.kind.document" : "media.kind.image", locale),
					item.document() ? item.alt()
							: item.decorative() ? this.texts.t("media.admin.decorative", locale) : item.alt(),
					facts(item), Dates.shortDate(item.createdAt()),
					this.texts.t(used.contains(item.id()) ? "media.admin.used" : "media.admin.unused", locale)))
			.toList();
		int pages = Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
		String base = ADMIN + query.queryString('?');
		char join = base.contains("?") ? '&' : '?';
		model.addAttribute("page",
				new MediaAdminPages.ListPage(rows, query.text(),
						options(query.soort(), locale, "", "afbeelding", "document"),
						options(query.gebruik(), locale, "", "in-gebruik", "ongebruikt"), sorts(query.sort(), locale),
						found.total(), paging.number(), pages,
						paging.isFirst() ? null : base + join + Paging.PARAM + "=" + (paging.number() - 1),
						(paging.number() < pages) ? base + join + Paging.PARAM + "=" + (paging.number() + 1) : null));
		return "media/admin/list";
	}

	@GetMapping(ADMIN + "/nieuw")
	String uploadForm(Model model) {
		model.addAttribute("page", new MediaAdminPages.UploadPage(new MediaAdminPages.Texts("", false, "", ""),
				FormErrors.NONE, this.submissions.newToken()));
		return "media/admin/upload";
	}

	@PostMapping(ADMIN)
	String upload(@RequestParam(name = "bestand", required = false) MultipartFile file,
			@RequestParam(required = false) String alt, @RequestParam(required = false) boolean decoratief,
			@RequestParam(required = false) String bijschrift, @RequestParam(required = false) String maker,
			@RequestParam(name = FormSubmissions.FIELD, required = false) String token, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		Optional<String> earlier = this.submissions.earlier(token);
		if (earlier.isPresent()) {
			return "redirect:" + earlier.get();
		}
		MediaForm form = new MediaForm(alt, decoratief, bijschrift, maker, token, null);
		Map<String, String> problems = new LinkedHashMap<>();
		MediaUploads.Prepared prepared = null;
		String refusal = null;
		UploadRefused refused = null;
		if (file == null || file.isEmpty()) {
			problems.put("bestand", "media.form.file.required");
		}
		else {
			try {
				prepared = this.uploads.prepare(file.getOriginalFilename(), file.getBytes());
			}
			catch (UploadRefused ex) {
				refused = ex;
				refusal = ex.key();
			}
		}
		problems.putAll(form.problems(prepared == null || prepared.kind().isImage()));
		if (prepared == null || !problems.isEmpty()) {
			Map<String, String> messages = new LinkedHashMap<>();
			FormErrors errors = this.texts.errors(problems, locale);
			if (refusal != null) {
				messages.put("bestand", this.texts.t(refusal, locale, refused.args()));
			}
			messages.putAll(errors.fields());
			response.setStatus(422);
			model.addAttribute("page",
					new MediaAdminPages.UploadPage(MediaAdminPages.Texts.of(form), new FormErrors(messages, List.of()),
							FormSubmissions.isToken(token) ? token : this.submissions.newToken()));
			return "media/admin/upload";
		}
		MediaUploads.Prepared checked = prepared;
		FormSubmissions.Outcome outcome = this.submissions.submit(token,
				() -> ADMIN + "/" + this.uploads.store(checked, form));
		if (outcome instanceof FormSubmissions.Outcome.Done done) {
			redirect.addFlashAttribute(AdminShell.FLASH, "media.flash.uploaded");
			return "redirect:" + done.location();
		}
		return "redirect:" + ADMIN;
	}

	@GetMapping(ADMIN + "/{id:\\d+}")
	String detail(@PathVariable long id, Locale locale, Model model) {
		Optional<MediaItem> item = this.store.find(id);
		if (item.isEmpty()) {
			throw notFound();
		}
		model.addAttribute("page", detailPage(item.get(), MediaAdminPages.Texts.of(item.get()), FormErrors.NONE,
				item.get().version(), false, FormErrors.NONE, locale));
		return "media/admin/detail";
	}

	@PostMapping(ADMIN + "/{id:\\d+}")
	String update(@PathVariable long id, @RequestParam(required = false) String alt,
			@RequestParam(required = false) boolean decoratief, @RequestParam(required = false) String bijschrift,
			@RequestParam(required = false) String maker, @RequestParam(required = false) Integer version,
			Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Optional<MediaItem> found = this.store.find(id);
		if (found.isEmpty()) {
			throw notFound();
		}
		MediaItem item = found.get();
		MediaForm form = new MediaForm(alt, decoratief, bijschrift, maker, null, version);
		Map<String, String> problems = form.problems(!item.document());
		if (!problems.isEmpty()) {
			response.setStatus(422);
			model.addAttribute("page",
					detailPage(item, MediaAdminPages.Texts.of(form), this.texts.errors(problems, locale),
							(version != null) ? version : item.version(), false, FormErrors.NONE, locale));
			return "media/admin/detail";
		}
		if (!this.uploads.update(item, form)) {
			// Someone saved it in between: show theirs, keep what this editor typed.
			response.setStatus(409);
			MediaItem current = this.store.find(id).orElse(item);
			model.addAttribute("page", detailPage(current, MediaAdminPages.Texts.of(form), FormErrors.NONE,
					current.version(), true, FormErrors.NONE, locale));
			return "media/admin/detail";
		}
		redirect.addFlashAttribute(AdminShell.FLASH, "media.flash.updated");
		return "redirect:" + ADMIN + "/" + id;
	}

	/** A new file for the same item: its URL, texts and uses stay. */
	@PostMapping(ADMIN + "/{id:\\d+}/bestand")
	String replace(@PathVariable long id, @RequestParam(name = "bestand", required = false) MultipartFile file,
			Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		Optional<MediaItem> found = this.store.find(id);
		if (found.isEmpty()) {
			throw notFound();
		}
		FormErrors errors;
		try {
			if (file == null || file.isEmpty()) {
				throw new UploadRefused("media.form.file.required");
			}
			MediaUploads.Prepared prepared = this.uploads.prepare(file.getOriginalFilename(), file.getBytes());
			if (this.uploads.replace(id, prepared)) {
				redirect.addFlashAttribute(AdminShell.FLASH, "media.flash.replaced");
				return "redirect:" + ADMIN + "/" + id;
			}
			throw notFound();
		}
		catch (UploadRefused ex) {
			errors = this.texts.refused("nieuw-bestand", ex, locale);
		}
		response.setStatus(422);
		MediaItem item = found.get();
		model.addAttribute("page", detailPage(item, MediaAdminPages.Texts.of(item), FormErrors.NONE, item.version(),
				false, errors, locale));
		return "media/admin/detail";
	}

	private MediaAdminPages.DetailPage detailPage(MediaItem item, MediaAdminPages.Texts texts, FormErrors errors,
			int version, boolean conflict, FormErrors replaceErrors, Locale locale) {
		List<MediaAdminPages.Fact> facts = new ArrayList<>();
		facts.add(new MediaAdminPages.Fact(this.texts.t("media.admin.fact.file", locale), item.originalName()));
		facts.add(new MediaAdminPages.Fact(this.texts.t("media.admin.fact.kind", locale),
				this.texts.t(item.document() ? "media.kind.document" : "media.kind.image", locale) + ", "
						+ facts(item)));
		facts.add(new MediaAdminPages.Fact(this.texts.t("media.admin.fact.uploaded", locale),
				Dates.shortDate(item.createdAt())));
		facts.add(new MediaAdminPages.Fact(this.texts.t("media.admin.fact.changed", locale),
				Dates.shortDate(item.updatedAt())));
		this.store.owner(item.id())
			.ifPresent((owner) -> facts
				.add(new MediaAdminPages.Fact(this.texts.t("media.admin.fact.owner", locale), owner)));
		List<Link> uses = this.uploads.uses(item.id())
			.stream()
			.map((use) -> new Link(use.label(), use.href()))
			.toList();
		return new MediaAdminPages.DetailPage(item.id(),
				item.document() ? item.originalName()
						: this.texts.t("media.admin.detail.title", locale, item.originalName()),
				item.document(), item.document() ? null : item.picture(), item.url(),
				item.document()
						? "[" + (item.alt().isEmpty() ? item.originalName() : item.alt()) + "](" + item.url() + ")"
						: item.markdown(),
				facts, uses, texts, errors, version, conflict, replaceErrors);
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	/** Size and dimensions: "1600 × 900 pixels, 240 kB". */
	static String facts(MediaItem item) {
		String size = MediaTexts.size(item.byteSize());
		return item.document() ? size : item.width() + " × " + item.height() + " pixels, " + size;
	}

	private List<MediaAdminPages.Option> options(String selected, Locale locale, String... values) {
		List<MediaAdminPages.Option> options = new ArrayList<>();
		for (String value : values) {
			options.add(new MediaAdminPages.Option(value,
					this.texts.t("media.admin.filter." + (value.isEmpty() ? "all" : value), locale),
					value.equals(selected)));
		}
		return options;
	}

	private List<MediaAdminPages.Option> sorts(MediaQuery.Sort selected, Locale locale) {
		List<MediaAdminPages.Option> options = new ArrayList<>();
		for (MediaQuery.Sort sort : MediaQuery.Sort.values()) {
			options.add(new MediaAdminPages.Option(sort.value(),
					this.texts.t("media.admin.sort." + sort.value(), locale), sort == selected));
		}
		return options;
	}

}
