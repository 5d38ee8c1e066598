package nl.bewonersplein.members;

import nl.bewonersplein.shared.Region;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.bewonersplein.content.ThemeOption;
import nl.bewonersplein.content.Themes;
import nl.bewonersplein.shared.Link;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The directory at {@code /leden}: filters are links and a GET form, so it works without
 * JavaScript; each filter value shows how many initiatives it leads to. See
 * ProfileController for one initiative's page.
 */
@Controller
@Transactional(readOnly = true)
class DirectoryController {

	static final int TOWNS_SHOWN = 12;

	private final Directory directory;

	private final Themes themes;

	private final MemberTexts texts;

	private final MemberSettings settings;

	DirectoryController(Directory directory, Themes themes, MemberTexts texts, MemberSettings settings) {
		this.directory = directory;
		this.themes = themes;
		this.texts = texts;
		this.settings = settings;
	}

	@GetMapping(MemberPaths.DIRECTORY)
	String directory(@RequestParam Map<String, String> params, Locale locale, Model model) {
		List<ThemeOption> themeOptions = this.themes.options();
		Query query = Query.of(params, themeOptions);
		Directory.Result result = this.directory.search(query.filter(), this.settings.pageSize());
		List<DirectoryPage.Option> regions = Arrays.stream(Region.values())
			.map((region) -> option(query, "regio", region.slug(), this.texts.region(region, locale),
					result.regions().getOrDefault(region, 0), region == query.filter().region()))
			.toList();
		List<DirectoryPage.Option> kinds = Arrays.stream(InitiativeKind.values())
			.map((kind) -> option(query, "soort", kind.slug(), this.texts.kind(kind, locale),
					result.kinds().getOrDefault(kind, 0), kind == query.filter().kind()))
			.toList();
		List<DirectoryPage.Option> themeChoices = themeOptions.stream()
			.map((theme) -> option(query, "thema", theme.slug(), theme.title(),
					result.themes().getOrDefault(theme.id(), 0),
					Long.valueOf(theme.id()).equals(query.filter().themeId())))
			.toList();
		List<DirectoryPage.Option> goals = new ArrayList<>();
		for (int goal = 1; goal <= Goals.COUNT; goal++) {
			goals.add(option(query, "doel", String.valueOf(goal), goal + ". " + this.texts.goal(goal, locale),
					result.goals().getOrDefault(goal, 0), Integer.valueOf(goal).equals(query.filter().goal())));
		}
		List<DirectoryPage.Option> towns = result.towns()
			.entrySet()
			.stream()
			.limit(TOWNS_SHOWN)
			.map((entry) -> option(query, "plaats", entry.getKey(), entry.getKey(), entry.getValue(),
					query.filter().town() != null
							&& Places.key(entry.getKey()).equals(Places.key(query.filter().town()))))
			.toList();
		List<Link> active = new ArrayList<>();
		query.values().forEach((name, value) -> {
			if (!"pagina".equals(name)) {
				active.add(new Link(this.texts.t("members.directory.remove", locale,
						this.texts.t("members.filter." + name, locale), label(name, value, themeOptions, locale)),
						query.without(name).href()));
			}
		});
		Link previous = (result.page() > 1) ? new Link(this.texts.t("members.directory.previous", locale),
				query.with("pagina", String.valueOf(result.page() - 1)).href()) : null;
		Link next = (result.page() < result.pages()) ? new Link(this.texts.t("members.directory.next", locale),
				query.with("pagina", String.valueOf(result.page() + 1)).href()) : null;
		model.addAttribute("page", new DirectoryPage(this.texts.cards(result.cards(), locale), result.total(), regions,
				kinds, themeChoices, goals, towns, query.values().getOrDefault("q", ""),
				query.values().getOrDefault("plaats", ""), active, previous, next, result.page(), result.pages(),
				List.of(new Link(this.texts.t("nav.home", locale), "/"),
						new Link(this.texts.t("members.directory.title", locale), MemberPaths.DIRECTORY, true))));
		return "members/directory";
	}

	private String label(String name, String value, List<ThemeOption> themes, Locale locale) {
		return switch (name) {
			case "regio" -> Region.of(value).map((r) -> this.texts.region(r, locale)).orElse(value);
			case "soort" -> InitiativeKind.fromSlug(value).map((k) -> this.texts.kind(k, locale)).orElse(value);
			case "thema" -> themes.stream()
				.filter((theme) -> theme.slug().equals(value))
				.map(ThemeOption::title)
				.findFirst()
				.orElse(value);
			case "doel" -> this.texts.goal(Integer.parseInt(value), locale);
			default -> value;
		};
	}

	private static DirectoryPage.Option option(Query query, String name, String value, String label, int count,
			boolean selected) {
		return new DirectoryPage.Option(value, label, count, selected,
				(selected ? query.without(name) : query.with(name, value)).href());
	}

	/**
	 * The filters as they are in the address: only known names and valid values are kept,
	 * so any link made from it is clean.
	 */
	record Query(Map<String, String> values, Directory.Filter filter) {

		static final List<String> NAMES = List.of("q", "regio", "plaats", "soort", "thema", "doel", "pagina");

		static Query of(Map<String, String> params, List<ThemeOption> themes) {
			Map<String, String> values = new LinkedHashMap<>();
			for (String name : NAMES) {
				String value = params.get(name);
				if (value != null && !value.isBlank() && value.length() <= 100 && value.indexOf('\0') < 0) {
					values.put(name, value.strip());
				}
			}
			Region region = Region.of(values.get("regio")).orElse(null);
			InitiativeKind kind = InitiativeKind.fromSlug(values.get("soort")).orElse(null);
			Optional<ThemeOption> theme = themes.stream()
				.filter((option) -> option.slug().equals(values.get("thema")))
				.findFirst();
			Integer goal = parseInt(values.get("doel")).filter(Goals::valid).orElse(null);
			int page = parseInt(values.get("pagina")).filter((n) -> n > 0).orElse(1);
			clean(values, "regio", region != null);
			clean(values, "soort", kind != null);
			clean(values, "thema", theme.isPresent());
			clean(values, "doel", goal != null);
			clean(values, "pagina", page > 1);
			return new Query(values, new Directory.Filter(region, values.get("plaats"), kind,
					theme.map(ThemeOption::id).orElse(null), goal, values.get("q"), page));
		}

		private static void clean(Map<String, String> values, String name, boolean valid) {
			if (!valid) {
				values.remove(name);
			}
		}

		private static Optional<Integer> parseInt(String value) {
			if (value == null || !value.matches("[0-9]{1,6}")) {
				return Optional.empty();
			}
			return Optional.of(Integer.valueOf(value));
		}

		Query with(String name, String value) {
			Map<String, String> changed = new LinkedHashMap<>(this.values);
			if (!"pagina".equals(name)) {
				changed.remove("pagina");
			}
			changed.put(name, value);
			return new Query(changed, this.filter);
		}

		Query without(String name) {
			Map<String, String> changed = new LinkedHashMap<>(this.values);
			changed.remove(name);
			changed.remove("pagina");
			return new Query(changed, this.filter);
		}

		String href() {
			UriComponentsBuilder uri = UriComponentsBuilder.fromPath(MemberPaths.DIRECTORY);
			for (String name : NAMES) {
				if (this.values.containsKey(name)) {
					uri.queryParam(name, "{" + name + "}");
				}
			}
			return uri.buildAndExpand(this.values).encode().toUriString();
		}

	}

}
