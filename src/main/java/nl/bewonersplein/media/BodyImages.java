package nl.bewonersplein.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.bewonersplein.site.PdfRenderer;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

import org.springframework.web.util.HtmlUtils;

/**
 * The library images of a body for {@link BodyRenderer}: each becomes a responsive
 * {@code <img>} (or, alone in its paragraph, a figure with caption and credit); on paper
 * an embedded image.
 */
final class BodyImages {

	/** Stands in for a library image until the body has been sanitised. */
	static final String MARKER = "bewonersplein-image-";

	/** The {@code sizes} of an image in a body: the width of the text column. */
	static final String BODY_SIZES = "(min-width: 48rem) 42rem, 100vw";

	/** A library image's URL in a body. */
	private static final java.util.regex.Pattern LIBRARY_IMAGE = java.util.regex.Pattern
		.compile("/media/(\\d{1,18})/[^\\s/?#]+");

	private BodyImages() {
	}

	/**
	 * Puts a marker in the place of each library image and returns the markup of each:
	 * generated here, after the sanitiser, because it holds attributes (srcset, data URLs
	 * for print) the allowlist does not let through from a body.
	 */
	static List<String> replace(Node document, boolean print, MediaLibrary media,
			java.util.function.Function<String, String> creditText) {
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
				String credit = picture.credit().isEmpty() ? ""
						: "<span class=\"credit\">" + creditText.apply(picture.credit()) + "</span>";
				String figcaption = (caption.isEmpty() && credit.isEmpty()) ? ""
						: "<figcaption>" + HtmlUtils.htmlEscape(caption)
								+ (caption.isEmpty() || credit.isEmpty() ? "" : " ") + credit + "</figcaption>";
				markup.add("<figure class=\"body-image\">" + img + figcaption + "</figure>");
				Paragraph paragraph = new Paragraph();
				paragraph.appendChild(new Text(MARKER + (markup.size() - 1) + "-"));
				marker = paragraph;
				image.getParent().insertBefore(marker);
				image.getParent().unlink();
			}
			else {
				markup.add(img);
				marker = new Text(MARKER + (markup.size() - 1) + "-");
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

}
