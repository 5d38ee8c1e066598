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

	/** Stands in for a library image until the body has been sanitised. */
	private static final String IMAGE_MARKER = "bewonersplein-image-";

	/** The {@code sizes} of an image in a body: the width of the text column. */
	static final String BODY_SIZES = "(min-width: 48rem) 42rem, 100vw";

	/** A library image's URL in a body. */
	private static final java.util.regex.Pattern LIBRARY_IMAGE = java.util.regex.Pattern
		.compile("/media/(\\d{1,18})/[^\\s/?#]+");

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
		List<String> images = libraryImages(document, print);
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
	 * Puts a marker in the place of each library image and returns the markup of each:
	 * generated here, after the sanitiser, because it holds attributes (srcset, data URLs
	 * for print) the allowlist does not let through from a body.
	 */
	private List<String> libraryImages(Node document, boolean print) {
		List<Image> found = new ArrayList<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Image image) {
				if (LIBRARY_IMAGE.matcher(image.getDestination()).matches()) {
					found.add(image);
				}
			}
		});
		List<String> markup = new ArrayList<>();
		MediaLibrary media = (this.library != null) ? this.library.getIfAvailable() : null;
		for (Image image : found) {
			java.util.regex.Matcher matcher = LIBRARY_IMAGE.matcher(image.getDestination());
			matcher.matches();
			Optional<MediaItem> item = (media != null) ? media.image(Long.parseLong(matcher.group(1)))
					: Optional.empty();
			if (item.isEmpty()) {
				image.unlink();
				continue;
			}
			String alt = altText(image);
			Picture picture = item.get().picture();
			if (alt.isEmpty()) {
				alt = picture.alt();
			}
			String img = print ? printImage(media, item.get(), alt)
					: "<img src=\"" + picture.src() + "\" srcset=\"" + picture.srcset() + "\" sizes=\"" + BODY_SIZES
							+ "\" width=\"" + picture.width() + "\" height=\"" + picture.height() + "\" alt=\""
							+ HtmlUtils.htmlEscape(alt) + "\" loading=\"lazy\" decoding=\"async\">";
			Node marker;
			boolean alone = image.getParent() instanceof Paragraph && image.getPrevious() == null
					&& image.getNext() == null;
			if (alone) {
				String caption = (image.getTitle() != null && !image.getTitle().isBlank()) ? image.getTitle().strip()
						: picture.caption();
				String credit = picture.credit().isEmpty() ? "" : "<span class=\"credit\">"
						+ text("media.figure.credit", LocaleContextHolder.getLocale(), picture.credit()) + "</span>";
				String figcaption = (caption.isEmpty() && credit.isEmpty()) ? ""
						: "<figcaption>" + HtmlUtils.htmlEscape(caption)
								+ (caption.isEmpty() || credit.isEmpty() ? "" : " ") + credit + "</figcaption>";
				markup.add("<figure class=\"body-image\">" + img + figcaption + "</figure>");
				Paragraph paragraph = new Paragraph();
				paragraph.appendChild(new Text(IMAGE_MARKER + (markup.size() - 1) + "-"));
				marker = paragraph;
				image.getParent().insertBefore(marker);
				image.getParent().unlink();
			}
			else {
				markup.add(img);
				marker = new Text(IMAGE_MARKER + (markup.size() - 1) + "-");
				image.insertBefore(marker);
				image.unlink();
			}
		}
		return markup;
	}

	/** A library image on paper: embedded (the PDF renderer fetches nothing). */
	private static String printImage(MediaLibrary media, MediaItem item, String alt) {
		int width = Math.min(item.width(), 640);
		int height = (int) Math.round((double) item.height() * width / Math.max(1, item.width()));
		return "<img src=\"" + media.dataUrl(item.id(), width).orElse("") + "\" alt=\"" + PdfRenderer.escape(alt)
				+ "\" width=\"" + width + "\" height=\"" + height + "\" />";
	}

	/** The alt text written in the body: the image's description in brackets. */
	private static String altText(Image image) {
		StringBuilder alt = new StringBuilder();
		image.accept(new AbstractVisitor() {
			@Override
			public void visit(Text text) {
				alt.append(text.getLiteral());
			}
		});
		return alt.toString().strip();
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
