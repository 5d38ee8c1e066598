package nl.bewonersplein.editorial;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import org.springframework.web.util.HtmlUtils;

/**
 * A readable word-by-word difference (shared by every module: revisions, conflicts,
 * member profile changes) of two texts as safe HTML: removed words in {@code <del>},
 * added words in {@code <ins>}, everything escaped.
 */
public final class WordDiff {

	private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

	private WordDiff() {
	}

	public static String html(String before, String after) {
		List<String> from = tokens(before);
		List<String> to = tokens(after);
		Patch<String> patch = DiffUtils.diff(from, to);
		StringBuilder html = new StringBuilder();
		int position = 0;
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			int start = delta.getSource().getPosition();
			append(html, from.subList(position, start));
			if (!delta.getSource().getLines().isEmpty()) {
				html.append("<del>");
				append(html, delta.getSource().getLines());
				html.append("</del>");
			}
			if (!delta.getTarget().getLines().isEmpty()) {
				html.append("<ins>");
				append(html, delta.getTarget().getLines());
				html.append("</ins>");
			}
			position = start + delta.getSource().size();
		}
		append(html, from.subList(position, from.size()));
		return html.toString();
	}

	private static void append(StringBuilder html, List<String> tokens) {
		for (String token : tokens) {
			html.append(HtmlUtils.htmlEscape(token).replace("\n", "<br>"));
		}
	}

	private static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher((text != null) ? text : "");
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		return tokens;
	}

}
