package nl.bewonersplein.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import nl.bewonersplein.site.PdfRenderer;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.util.HtmlUtils;

/**
 * Turns a stored body (CommonMark with tables) into safe HTML. Whatever the Markdown
 * holds, the output passes an allowlist: no scripts, no event handlers, no
 * {@code javascript:} links, no inline styles, images only from this site. A paragraph
 * holding only a YouTube, Vimeo or PeerTube link becomes a click-to-load video
 * placeholder: nothing is requested from the video host until the visitor asks for it.
 * <p>
 * An image of the media library, {@code ![alt](/media/12/name.png)} (optionally with a
 * title, {@code "caption"}), becomes a responsive {@code <img>} with {@code srcset},
 * {@code sizes}, width and height and lazy loading; alone in its paragraph it becomes a
 * figure with the caption and credit. Without alt text in the body it gets the library's.
 * An image no longer in the library is left out.
 */
@Component
public class BodyRenderer {

	private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "em", "strong", "code", "pre", "hr", "br",
				"table", "thead", "tbody", "tr", "th", "td", "a", "figure", "figcaption", "img")
		.allowAttributes("href")
		.onElements("a")
		.allowStandardUrlProtocols()
		.requireRelsOnLinks("noopener")
		.allowAttributes("align")
		.matching(false, "left", "center", "right")
		.onElements("th", "td")
		// Images only from this site (the Content-Security-Policy blocks all others too).
		.allowAttributes("src")
		.matching((element, attribute, value) -> isOwnPath(value) ? value : null)
		.onElements("img")
		.allowAttributes("alt", "title")
		.onElements("img")
		.toFactory();

	/** Stands in for a video paragraph until the body has been sanitised. */
	private static final String MARKER = "bewonersplein-video-";

	private static final String IMAGE_MARKER = BodyImages.MARKER;

	private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

	private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).build();

	private final VideoEmbeds videos;

	private final MessageSource messages;

	/**
	 * Rendered bodies by language and Markdown: parsing and sanitising cost more than the
	 * rest of an article page, and bodies rarely change.
	 */
	private final Cache<String, String> rendered = Caffeine.newBuilder()
		.expireAfterWrite(java.time.Duration.ofMinutes(10))
		.maximumWeight(8_000_000)
		.weigher((String key, String html) -> key.length() + html.length())
		.build();

	/** The library, for images in bodies; none in unit tests. */
	private final ObjectProvider<MediaLibrary> library;

	/** A renderer with the Dutch default texts and no PeerTube hosts, for unit tests. */
	public BodyRenderer() {
		this(new VideoEmbeds(List.of()), defaultMessages(), null);
	}

	BodyRenderer(VideoEmbeds videos, MessageSource messages) {
		this(videos, messages, null);
	}

	@Autowired
	BodyRenderer(VideoEmbeds videos, MessageSource messages, ObjectProvider<MediaLibrary> library) {
		this.videos = videos;
		this.messages = messages;
		this.library = library;
	}

	/** Rendered bodies may show a file that changed: render them again. */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void mediaChanged(MediaChanged changed) {
		this.rendered.invalidateAll();
	}

	/** Safe HTML for the given Markdown; an empty string for null or blank input. */
	public String toHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		return this.rendered.get(locale.getLanguage() + "\n" + markdown, (key) -> render(markdown, locale, false));
	}

	/**
	 * The same body as well-formed XHTML for print (the PDF renderer parses XML): videos
	 * become a printed link with a QR code instead of a player. Should the sanitised
	 * markup ever not parse as XML, the body's text is printed as plain paragraphs rather
	 * than failing the PDF.
	 */
	public String toXhtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		return this.rendered.get("xhtml\n" + locale.getLanguage() + "\n" + markdown, (key) -> {
			String xhtml = render(markdown, locale, true);
			return PrintBodies.isWellFormed(xhtml) ? xhtml : PrintBodies.plainText(markdown);
		});
	}

	private String render(String markdown, Locale locale, boolean print) {
		Node document = this.parser.parse(markdown);
		List<VideoEmbeds.Video> found = new ArrayList<>();
		List<Paragraph> videoParagraphs = new ArrayList<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Paragraph paragraph) {
				video(paragraph).ifPresent((video) -> {
					found.add(video);
					videoParagraphs.add(paragraph);
				});
			}
		});
		for (int i = 0; i < videoParagraphs.size(); i++) {
			Paragraph marker = new Paragraph();
			marker.appendChild(new Text(MARKER + i));
			videoParagraphs.get(i).insertBefore(marker);
			videoParagraphs.get(i).unlink();
		}
		List<String> images = BodyImages.replace(document, print,
				(this.library != null) ? this.library.getIfAvailable() : null,
				(credit) -> text("media.figure.credit", locale, credit));
		String html = POLICY.sanitize(this.renderer.render(document));
		for (int i = images.size() - 1; i >= 0; i--) {
			String marker = IMAGE_MARKER + i + "-";
			html = html.replace("<p>" + marker + "</p>", images.get(i)).replace(marker, images.get(i));
		}
		for (int i = 0; i < found.size(); i++) {
			VideoEmbeds.Video video = found.get(i);
			html = html.replace("<p>" + MARKER + i + "</p>", print
					? PrintBodies.video(video.watchUrl(),
							PdfRenderer.escape(this.messages.getMessage("media.video.watch",
									new Object[] { video.host() }, "media.video.watch", locale)))
					: placeholder(video, locale));
		}
		return html;
	}

	/**
	 * Whether a URL is a path on this site, read as a browser reads it: leading and
	 * trailing spaces and controls dropped, tabs and newlines removed, backslashes taken
	 * as slashes. So {@code /\evil.example/x.png} and {@code /<tab>/evil.example} (which
	 * a browser loads from another host) are refused, as is anything with a scheme or
	 * host.
	 */
	public static boolean isOwnPath(String url) {
		if (url == null) {
			return false;
		}
		String normalised = url.replaceAll("^[\\x00-\\x20]+|[\\x00-\\x20]+$", "")
			.replaceAll("[\\t\\n\\r]", "")
			.replace('\\', '/');
		if (!normalised.startsWith("/") || normalised.startsWith("//")
				|| normalised.chars().anyMatch((c) -> c < 0x20)) {
			return false;
		}
		try {
			java.net.URI uri = new java.net.URI(normalised);
			return uri.getScheme() == null && uri.getRawAuthority() == null && uri.getRawPath() != null
					&& uri.getRawPath().startsWith("/");
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
	}

	/** The video a paragraph stands for: its only content is a link to one. */
	private Optional<VideoEmbeds.Video> video(Paragraph paragraph) {
		Node only = paragraph.getFirstChild();
		if (only == null || only.getNext() != null) {
			return Optional.empty();
		}
		if (only instanceof Text text) {
			return this.videos.parse(text.getLiteral());
		}
		if (only instanceof Link link) {
			return this.videos.parse(link.getDestination());
		}
		return Optional.empty();
	}

	private String placeholder(VideoEmbeds.Video video, Locale locale) {
		return "<figure class=\"video\" data-video=\"" + HtmlUtils.htmlEscape(video.embedUrl())
				+ "\" data-video-title=\"" + text("media.video.title", locale, video.host()) + "\">"
				+ "<div class=\"video-placeholder\"><p>" + text("media.video.consent", locale, video.host()) + "</p>"
				+ "<p class=\"video-actions\"><button type=\"button\" data-needs-js data-video-play>"
				+ text("media.video.play", locale) + "</button> <a href=\"" + HtmlUtils.htmlEscape(video.watchUrl())
				+ "\" rel=\"noopener\">" + text("media.video.watch", locale, video.host()) + "</a></p></div></figure>";
	}

	private static MessageSource defaultMessages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/media");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private String text(String key, Locale locale, Object... args) {
		return HtmlUtils.htmlEscape(this.messages.getMessage(key, args, key, locale));
	}

}
