package nl.bewonersplein.members;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.bewonersplein.content.ThemeOption;
import nl.bewonersplein.content.Themes;
import nl.bewonersplein.search.SearchDocument;
import nl.bewonersplein.search.SearchSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * What the members module offers the site search: every published initiative (never one
 * that waits for an editor, and never an erased one), with its town as context.
 */
@Component
class MemberSearchSource implements SearchSource {

	private final JdbcTemplate jdbc;

	private final MemberInitiativeRepository initiatives;

	private final Themes themes;

	MemberSearchSource(JdbcTemplate jdbc, MemberInitiativeRepository initiatives, Themes themes) {
		this.jdbc = jdbc;
		this.initiatives = initiatives;
		this.themes = themes;
	}

	@Override
	public String name() {
		return "member";
	}

	@Override
	public Map<String, String> stamps() {
		Map<String, String> stamps = new LinkedHashMap<>();
		this.jdbc.query("select id, version from member_initiative where status = 'PUBLISHED'",
				(RowCallbackHandler) (row) -> stamps.put(row.getString(1), row.getString(2)));
		return stamps;
	}

	@Override
	public List<SearchDocument> documents(Collection<String> keys) {
		Map<Long, String> themeTitles = this.themes.options()
			.stream()
			.collect(Collectors.toMap(ThemeOption::id, ThemeOption::title, (a, b) -> a));
		List<Long> ids = keys.stream().filter((key) -> key.matches("\\d{1,18}")).map(Long::valueOf).toList();
		return this.initiatives.findByIdIn(ids)
			.stream()
			.filter(MemberInitiative::isPublished)
			.map((initiative) -> SearchDocument
				.of(initiative.getId().toString(), "member", MemberPaths.profile(initiative.getSlug()),
						initiative.getName(), initiative.getSummary(), initiative.getDescription(), null)
				.withContext(initiative.getTown())
				.withThemes(initiative.getThemeIds().stream().map(themeTitles::get).filter((t) -> t != null).toList())
				.withRegions((initiative.getRegion() == null) ? List.of() : List.of(initiative.getRegion().slug())))
			.toList();
	}

}
