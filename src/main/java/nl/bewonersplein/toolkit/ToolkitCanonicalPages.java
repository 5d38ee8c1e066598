package nl.bewonersplein.toolkit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import nl.bewonersplein.shared.Link;
import nl.bewonersplein.site.CanonicalPages;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A knowledge article that is a step of a published toolkit has its canonical page in the
 * toolkit: {@code /kennis/<step>} points to {@code /toolkit/<slug>/<step>}. One query:
 * the published steps, in reading order, of the first toolkit (oldest) that holds the
 * article, so the step number matches the toolkit's own numbering.
 */
@Component
class ToolkitCanonicalPages implements CanonicalPages {

	private static final String KNOWLEDGE = "/kennis/";

	private final JdbcTemplate jdbc;

	private final MessageSource messages;

	private final Clock clock;

	ToolkitCanonicalPages(JdbcTemplate jdbc, MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
	}

	record StepRow(long toolkitId, String toolkitSlug, String toolkitTitle, String articleSlug) {

	}

	@Override
	public Map<String, Link> canonicalOf(Collection<String> paths, Locale locale) {
		if (paths.stream().noneMatch((path) -> path.startsWith(KNOWLEDGE))) {
			return Map.of();
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		List<StepRow> rows = this.jdbc.query("""
				select t.id, t.slug, t.title, a.slug from toolkit t
				join toolkit_chapter c on c.toolkit_id = t.id
				join toolkit_item i on i.chapter_id = c.id
				join article a on a.id = i.article_id
				where t.status = 'PUBLISHED' and a.status = 'PUBLISHED' and a.published_at <= ?
				order by t.id, c.position, c.id, i.position, i.id""",
				(rs, row) -> new StepRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)), now);
		Map<Long, Long> totals = rows.stream()
			.collect(Collectors.groupingBy(StepRow::toolkitId, Collectors.counting()));
		Map<String, Link> found = new HashMap<>();
		Map<Long, Integer> numbers = new HashMap<>();
		for (StepRow step : rows) {
			int number = numbers.merge(step.toolkitId(), 1, Integer::sum);
			String path = KNOWLEDGE + step.articleSlug();
			if (paths.contains(path) && !found.containsKey(path)) {
				String label = this.messages.getMessage("toolkit.canonical.label",
						new Object[] { step.toolkitTitle(), number, totals.get(step.toolkitId()) }, locale);
				found.put(path, new Link(label, "/toolkit/" + step.toolkitSlug() + "/" + step.articleSlug()));
			}
		}
		return found;
	}

}
