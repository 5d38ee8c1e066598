package nl.bewonersplein.editorial;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import nl.bewonersplein.shared.Dates;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The revisions of an item of any editable type, under its own admin path (so the same
 * roles may open them): {@code /admin/artikelen/12/versies} compares two revisions word
 * by word; restoring one saves it as a new revision.
 */
@Controller
class RevisionsController {

	private final EditableTypes types;

	private final Revisions revisions;

	private final EditFlow flow;

	RevisionsController(EditableTypes types, Revisions revisions, EditFlow flow) {
		this.types = types;
		this.revisions = revisions;
		this.flow = flow;
	}

	@GetMapping("/admin/{section}/{id}/versies")
	String compare(@PathVariable String section, @PathVariable long id,
			@RequestParam(name = "van", required = false) Integer from,
			@RequestParam(name = "naar", required = false) Integer to, Locale locale, Model model) {
		Editable<?, ?> type = type(section);
		List<Revisions.Entry> all = this.revisions.list(type.kind(), id);
		if (all.isEmpty() || type.find(id).isEmpty()) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		Revisions.Entry chosen = pick(all, to, all.get(0));
		Revisions.Entry other = pick(all, from,
				all.stream().filter((entry) -> entry.number() < chosen.number()).findFirst().orElse(chosen));
		Revisions.Entry older = (other.number() <= chosen.number()) ? other : chosen;
		Revisions.Entry newer = (other.number() <= chosen.number()) ? chosen : other;
		model.addAttribute("comparison",
				new RevisionComparison(title(type, id), type.base() + "/" + id, type.base() + "/" + id + "/versies",
						older.number(), newer.number(), all.stream().map(Revisions.Entry::number).toList(),
						diff(older.fields(), newer.fields()), label(older, locale), label(newer, locale)));
		return "editorial/revisions";
	}

	@PostMapping("/admin/{section}/{id}/versies/{number}/herstellen")
	String restore(@PathVariable String section, @PathVariable long id, @PathVariable int number, Locale locale,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return this.flow.restore(type(section), id, number, locale, model, response, redirect);
	}

	private Editable<?, ?> type(String section) {
		return this.types.atBase("/admin/" + section).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	private static <T> String title(Editable<T, ?> type, long id) {
		return type.find(id).map(type::title).orElse("");
	}

	private static Revisions.Entry pick(List<Revisions.Entry> all, Integer number, Revisions.Entry otherwise) {
		return (number == null) ? otherwise
				: all.stream()
					.filter((entry) -> entry.number() == number)
					.findFirst()
					.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	private static List<EditorialPanel.FieldDiff> diff(Map<String, String> older, Map<String, String> newer) {
		Set<String> names = new LinkedHashSet<>(newer.keySet());
		names.addAll(older.keySet());
		List<EditorialPanel.FieldDiff> fields = new ArrayList<>();
		for (String name : names) {
			String before = older.getOrDefault(name, "");
			String after = newer.getOrDefault(name, "");
			if (!before.equals(after)) {
				fields.add(new EditorialPanel.FieldDiff(name, before, after, WordDiff.html(before, after)));
			}
		}
		return fields;
	}

	private static String label(Revisions.Entry entry, Locale locale) {
		return Dates.longDateTime(entry.at(), locale) + ((entry.author() != null) ? " · " + entry.author() : "");
	}

}
