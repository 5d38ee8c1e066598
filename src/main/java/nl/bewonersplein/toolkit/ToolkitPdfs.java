package nl.bewonersplein.toolkit;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import nl.bewonersplein.content.ArticleContent;
import nl.bewonersplein.media.MediaLibrary;
import nl.bewonersplein.media.Picture;
import nl.bewonersplein.shared.Dates;
import nl.bewonersplein.shared.Network;
import nl.bewonersplein.site.PdfRenderer;
import nl.bewonersplein.site.SiteAddress;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The toolkit's PDFs: the booklet, one chapter, one article, each in both print sizes,
 * served from the {@link PdfCache}.
 */
@Service
class ToolkitPdfs {

	/** The PDFs are in Dutch, like the toolkit's articles. */
	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	private final PdfCache cache;

	private final MessageSource messages;

	private final Network network;

	private final SiteAddress address;

	private final MediaLibrary library;

	ToolkitPdfs(PdfCache cache, MessageSource messages, Network network, SiteAddress address, MediaLibrary library) {
		this.cache = cache;
		this.library = library;
		this.messages = messages;
		this.network = network;
		this.address = address;
	}

	/**
	 * A generated PDF.
	 *
	 * @param file where it is
	 * @param etag its cache key, for conditional requests
	 * @param filename the name offered to save it as
	 */
	record Pdf(Path file, String etag, String filename) {

	}

	Pdf booklet(ToolkitTree tree, PrintSize size) {
		String prefix = prefix("booklet", tree, 0, size);
		String fingerprint = fingerprint(tree);
		Path file = this.cache.get(prefix, fingerprint,
				() -> PdfRenderer.render(PdfHtml.booklet(tree, size, imprint(tree), this::text, this::image)));
		return new Pdf(file, prefix + fingerprint, filename(tree.toolkit().getSlug(), size));
	}

	Pdf chapter(ToolkitTree tree, ToolkitTree.Chapter chapter, PrintSize size) {
		String prefix = prefix("chapter", tree, chapter.id(), size);
		String fingerprint = fingerprint(tree);
		Path file = this.cache.get(prefix, fingerprint,
				() -> PdfRenderer.render(PdfHtml.chapter(tree, chapter, size, imprint(tree), this::image)));
		return new Pdf(file, prefix + fingerprint,
				filename(tree.toolkit().getSlug() + "-hoofdstuk-" + chapter.position(), size));
	}

	Pdf article(ToolkitTree tree, ArticleContent article, PrintSize size) {
		String prefix = prefix("article", tree, article.id(), size);
		String fingerprint = fingerprint(tree);
		Path file = this.cache.get(prefix, fingerprint,
				() -> PdfRenderer.render(PdfHtml.article(tree, article, size, imprint(tree), this::image)));
		return new Pdf(file, prefix + fingerprint, filename(article.slug(), size));
	}

	/**
	 * The content's fingerprint, the library images it shows as they are now (a replaced
	 * image makes a new PDF) and the site's address: the imprint prints the address and
	 * its QR code, so a PDF made for one address is never served for another.
	 */
	private String fingerprint(ToolkitTree tree) {
		Set<Long> images = new TreeSet<>();
		MediaLibrary.idOf(tree.toolkit().getCoverImage()).ifPresent(images::add);
		for (ToolkitTree.Chapter chapter : tree.chapters()) {
			for (ArticleContent article : chapter.articles()) {
				MediaLibrary.idOf(article.imagePath()).ifPresent(images::add);
				images.addAll(MediaLibrary.referencedIds(article.bodyHtml()));
			}
		}
		String stamp = this.library.stamp(images);
		return tree.fingerprint() + "-" + Integer.toHexString((this.address.base() + "|" + stamp).hashCode());
	}

	/** A library image (or a static file) to embed, with its texts from the library. */
	private PdfImages.Printed image(String path, int width) {
		Optional<Long> id = MediaLibrary.idOf(path);
		if (id.isEmpty()) {
			return PdfImages.STATIC.find(path, width);
		}
		return this.library.picture(id.get())
			.flatMap((picture) -> this.library.dataUrl(picture.id(), width)
				.map((data) -> new PdfImages.Printed(data, picture.alt(), caption(picture))))
			.orElse(null);
	}

	private String caption(Picture picture) {
		String credit = picture.credit().isBlank() ? "" : text("media.figure.credit", picture.credit());
		return (picture.caption().isBlank() || credit.isEmpty()) ? picture.caption() + credit
				: picture.caption() + " · " + credit;
	}

	private PdfHtml.Imprint imprint(ToolkitTree tree) {
		Toolkit toolkit = tree.toolkit();
		String url = this.address.absolute("/toolkit/" + toolkit.getSlug());
		String date = (toolkit.getEditionDate() != null)
				? Dates.shortDate(toolkit.getEditionDate().atStartOfDay(Dates.ZONE).toInstant()) : "";
		return new PdfHtml.Imprint(this.network.name(), url, PdfRenderer.qrCode(url),
				text("toolkit.pdf.edition", toolkit.getEdition(), date));
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, DUTCH);
	}

	private static String prefix(String part, ToolkitTree tree, long id, PrintSize size) {
		return part + "-" + tree.toolkit().getId() + "-" + id + "-" + size.name().toLowerCase(Locale.ROOT) + "-";
	}

	private static String filename(String base, PrintSize size) {
		return base + ((size == PrintSize.LARGE) ? "-grote-letters" : "") + ".pdf";
	}

}
