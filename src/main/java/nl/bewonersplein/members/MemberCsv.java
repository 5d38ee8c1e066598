package nl.bewonersplein.members;

import nl.bewonersplein.shared.Region;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import nl.bewonersplein.content.ThemeOption;
import nl.bewonersplein.content.Themes;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory as CSV: export every initiative (without contact addresses of people,
 * with the initiative's own), and import new ones. An import is checked row by row first
 * and then made in one transaction: a file with any error imports nothing.
 */
@Service
class MemberCsv {

	static final List<String> COLUMNS = List.of("naam", "soort", "regio", "plaats", "samenvatting", "beschrijving",
			"website", "links", "email", "opgericht", "themas", "doelen", "status");

	static final int MAX_ROWS = 5000;

	private final MemberInitiativeRepository initiatives;

	private final MemberProfiles profiles;

	private final Themes themes;

	private final Places places;

	private final MemberTexts texts;

	private final ApplicationEventPublisher events;

	MemberCsv(MemberInitiativeRepository initiatives, MemberProfiles profiles, Themes themes, Places places,
			MemberTexts texts, ApplicationEventPublisher events) {
		this.initiatives = initiatives;
		this.profiles = profiles;
		this.themes = themes;
		this.places = places;
		this.texts = texts;
		this.events = events;
	}

	@Transactional
	String export() {
		Map<Long, String> themeSlugs = this.themes.options()
			.stream()
			.collect(Collectors.toMap(ThemeOption::id, ThemeOption::slug));
		StringBuilder csv = new StringBuilder("\uFEFF").append(Csv.line(COLUMNS));
		List<MemberInitiative> all = this.initiatives.findAllByOrderByNameAsc();
		for (MemberInitiative i : all) {
			csv.append(Csv.line(List.of(i.getName(), i.getKind().slug(), i.getRegion().slug(), i.getTown(),
					i.getSummary(), i.getDescription(), nonNull(i.getWebsite()), nonNull(i.getSocialLinks()),
					nonNull(i.getContactEmail()),
					(i.getFoundedYear() != null) ? String.valueOf(i.getFoundedYear()) : "",
					i.getThemeIds()
						.stream()
						.map(themeSlugs::get)
						.filter(java.util.Objects::nonNull)
						.sorted()
						.collect(Collectors.joining(" ")),
					Goals.format(i.getGoals()), i.isPublished() ? "gepubliceerd" : "concept")));
		}
		this.events.publishEvent(new DirectoryTransferred(false, all.size()));
		return csv.toString();
	}

	/**
	 * A checked file: the rows with their problems, and problems with the file itself.
	 *
	 * @param rows every data row
	 * @param problems messages about the whole file
	 */
	record Checked(List<Row> rows, List<String> problems) {

		boolean importable() {
			return this.problems.isEmpty() && !this.rows.isEmpty()
					&& this.rows.stream().allMatch((row) -> row.errors().isEmpty());
		}

	}

	/** A data row: its line, the profile it gives, whether to publish, what is wrong. */
	record Row(int line, MemberInitiative.Profile profile, boolean published, List<String> errors) {

	}

	@Transactional(readOnly = true)
	Checked check(String text, Locale locale) {
		List<String> problems = new ArrayList<>();
		List<List<String>> lines = Csv.parse(text);
		if (lines.isEmpty()) {
			return new Checked(List.of(), List.of(this.texts.t("members.csv.empty", locale)));
		}
		List<String> header = lines.get(0).stream().map((h) -> h.strip().toLowerCase(Locale.ROOT)).toList();
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			index.put(header.get(i), i);
		}
		List<String> missing = List.of("naam", "soort", "plaats", "samenvatting")
			.stream()
			.filter((column) -> !index.containsKey(column))
			.toList();
		if (!missing.isEmpty()) {
			problems.add(
					this.texts.t("members.csv.columns", locale, String.join(", ", missing), String.join(";", COLUMNS)));
			return new Checked(List.of(), problems);
		}
		if (lines.size() - 1 > MAX_ROWS) {
			problems.add(this.texts.t("members.csv.too-many", locale, MAX_ROWS));
			return new Checked(List.of(), problems);
		}
		Map<String, Long> themeIds = this.themes.options()
			.stream()
			.collect(Collectors.toMap(ThemeOption::slug, ThemeOption::id));
		Set<String> existing = this.initiatives.findAllByOrderByNameAsc()
			.stream()
			.map((i) -> MemberProfiles.slugOf(i.getName()))
			.collect(Collectors.toCollection(HashSet::new));
		Set<String> inFile = new HashSet<>();
		List<Row> rows = new ArrayList<>();
		for (int n = 1; n < lines.size(); n++) {
			rows.add(row(n + 1, lines.get(n), index, themeIds, existing, inFile, locale));
		}
		return new Checked(rows, problems);
	}

	private Row row(int line, List<String> fields, Map<String, Integer> index, Map<String, Long> themeIds,
			Set<String> existing, Set<String> inFile, Locale locale) {
		List<String> errors = new ArrayList<>();
		java.util.function.Function<String, String> get = (column) -> {
			Integer i = index.get(column);
			return (i != null && i < fields.size()) ? Texts.cleanMultiline(fields.get(i)) : "";
		};
		String name = Texts.clean(get.apply("naam"));
		String town = Texts.clean(get.apply("plaats"));
		String summary = Texts.clean(get.apply("samenvatting"));
		required(errors, "naam", name, 200, locale);
		required(errors, "plaats", town, 100, locale);
		required(errors, "samenvatting", summary, 300, locale);
		String slug = MemberProfiles.slugOf(name);
		if (!name.isEmpty() && existing.contains(slug)) {
			errors.add(this.texts.t("members.csv.exists", locale, name));
		}
		else if (!name.isEmpty() && !inFile.add(slug)) {
			errors.add(this.texts.t("members.csv.twice", locale, name));
		}
		String kindText = get.apply("soort");
		InitiativeKind kind = InitiativeKind.fromSlug(kindText)
			.or(() -> Arrays.stream(InitiativeKind.values())
				.filter((k) -> Places.key(this.texts.kind(k, locale)).equals(Places.key(kindText)))
				.findFirst())
			.orElse(null);
		if (kind == null) {
			errors.add(this.texts.t("members.csv.kind", locale, kindText));
		}
		String regionText = get.apply("regio");
		Region region = Region.of(regionText).orElse(null);
		if (!regionText.isEmpty() && region == null) {
			errors.add(this.texts.t("members.csv.region", locale, regionText));
		}
		if (regionText.isEmpty() && !town.isEmpty() && this.places.find(town).isEmpty()) {
			errors.add(this.texts.t("members.csv.town", locale, town));
		}
		String description = get.apply("beschrijving");
		if (description.length() > 20000) {
			errors.add(this.texts.t("members.csv.too-long", locale, "beschrijving", 20000));
		}
		String website = Texts.clean(get.apply("website"));
		if (!website.isEmpty() && (website.length() > 500 || !website.matches("https?://\\S+"))) {
			errors.add(this.texts.t("members.csv.url", locale, website));
		}
		String links = get.apply("links");
		if (links.length() > 2000 || !Arrays.stream(links.split("\\R"))
			.map(String::strip)
			.filter((l) -> !l.isEmpty())
			.allMatch((l) -> l.matches("https?://\\S+"))) {
			errors.add(this.texts.t("members.csv.links", locale));
		}
		String email = Texts.clean(get.apply("email"));
		if (!email.isEmpty() && (email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
			errors.add(this.texts.t("members.csv.email", locale, email));
		}
		String yearText = Texts.clean(get.apply("opgericht"));
		Integer year = null;
		if (!yearText.isEmpty()) {
			if (yearText.matches("[0-9]{4}") && Integer.parseInt(yearText) >= 1800
					&& Integer.parseInt(yearText) <= 2100) {
				year = Integer.valueOf(yearText);
			}
			else {
				errors.add(this.texts.t("members.csv.year", locale, yearText));
			}
		}
		Set<Long> themes = new TreeSet<>();
		for (String theme : get.apply("themas").split("[\\s,]+")) {
			if (!theme.isBlank()) {
				Long id = themeIds.get(theme.strip().toLowerCase(Locale.ROOT));
				if (id == null) {
					errors.add(this.texts.t("members.csv.theme", locale, theme.strip()));
				}
				else {
					themes.add(id);
				}
			}
		}
		String goalText = get.apply("doelen");
		Set<Integer> goals = Goals.parse(goalText);
		if (!goalText.isBlank() && Arrays.stream(goalText.split("[^0-9]+"))
			.filter((g) -> !g.isEmpty())
			.anyMatch((g) -> g.length() > 2 || !Goals.valid(Integer.parseInt(g)))) {
			errors.add(this.texts.t("members.csv.goals", locale, goalText));
		}
		String status = Texts.clean(get.apply("status")).toLowerCase(Locale.ROOT);
		boolean published = status.equals("gepubliceerd") || status.equals("ja");
		if (!status.isEmpty() && !published && !status.equals("concept") && !status.equals("nee")) {
			errors.add(this.texts.t("members.csv.status", locale, status));
		}
		MemberInitiative.Profile profile = new MemberInitiative.Profile(name,
				(kind != null) ? kind : InitiativeKind.OTHER, region, town, summary, description,
				Texts.nullIfBlank(website), links, Texts.nullIfBlank(email), year, null, null, themes, goals);
		return new Row(line, profile, published, errors);
	}

	private void required(List<String> errors, String column, String value, int max, Locale locale) {
		if (value.isEmpty()) {
			errors.add(this.texts.t("members.csv.required", locale, column));
		}
		else if (value.length() > max) {
			errors.add(this.texts.t("members.csv.too-long", locale, column, max));
		}
	}

	/**
	 * Imports every row of a file without errors, in one transaction: all or nothing.
	 * @return how many initiatives were created
	 * @throws IllegalArgumentException if the file has any error
	 */
	@Transactional
	int importAll(String text, Locale locale) {
		Checked checked = check(text, locale);
		if (!checked.importable()) {
			throw new IllegalArgumentException("The file has errors");
		}
		for (Row row : checked.rows()) {
			this.profiles.create(row.profile(),
					row.published() ? MemberInitiative.Status.PUBLISHED : MemberInitiative.Status.DRAFT);
		}
		this.events.publishEvent(new DirectoryTransferred(true, checked.rows().size()));
		return checked.rows().size();
	}

	private static String nonNull(String value) {
		return (value != null) ? value : "";
	}

}
