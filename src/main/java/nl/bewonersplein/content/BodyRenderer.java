package nl.bewonersplein.content;

import java.util.List;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * Turns a stored body (CommonMark with tables) into safe HTML. Whatever the Markdown
 * holds, the output passes an allowlist: no scripts, no event handlers, no
 * {@code javascript:} links, no inline styles.
 */
@Component
public class BodyRenderer {

	private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "em", "strong", "code", "pre", "hr", "br",
				"table", "thead", "tbody", "tr", "th", "td", "a", "figure", "figcaption")
		.allowAttributes("href")
		.onElements("a")
		.allowStandardUrlProtocols()
		.requireRelsOnLinks("noopener")
		.allowAttributes("align")
		.matching(false, "left", "center", "right")
		.onElements("th", "td")
		.toFactory();

	private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

	private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).build();

	/** Safe HTML for the given Markdown; an empty string for null or blank input. */
	public String toHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return POLICY.sanitize(this.renderer.render(this.parser.parse(markdown)));
	}

}
