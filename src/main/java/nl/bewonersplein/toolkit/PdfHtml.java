package nl.bewonersplein.toolkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import nl.bewonersplein.content.ArticleContent;
import nl.bewonersplein.content.SupporterView;
import nl.bewonersplein.site.PdfRenderer;

/**
 * Writes the XHTML that the PDF renderer turns into a booklet, a chapter or an article.
 * Heading levels never skip (PDF/UA): article bodies are shifted down under their title.
 * Images are embedded ({@link PdfImages}), never fetched.
 */
final class PdfHtml {

	/** Interface texts for the PDFs, in the document's language. */
	interface Texts {

		String t(String key, Object... args);

	}

	/**
	 * What the booklet says about where it comes from.
	 *
	 * @param network the network's name
	 * @param url the online toolkit's address
	 * @param qrDataUri the QR code to that address, as a PNG data URI
	 * @param edition the edition line, e.g. "Editie 2, 30/11/2026"
	 */
	record Imprint(String network, String url, String qrDataUri, String edition) {

	}

	private static final String CSS = resource("toolkit/print.css");

	private PdfHtml() {
	}

	static String booklet(ToolkitTree tree, PrintSize size, Imprint imprint, Texts texts) {
		return booklet(tree, size, imprint, texts, PdfImages.STATIC);
	}

	static String chapter(ToolkitTree tree, ToolkitTree.Chapter chapter, PrintSize size, Imprint imprint) {
		return chapter(tree, chapter, size, imprint, PdfImages.STATIC);
	}

	static String article(ToolkitTree tree, ArticleContent article, PrintSize size, Imprint imprint) {
		return article(tree, article, size, imprint, PdfImages.STATIC);
	}

	static String booklet(ToolkitTree tree, PrintSize size, Imprint imprint, Texts texts, PdfImages images) {
		Toolkit toolkit = tree.toolkit();
		StringBuilder html = head(toolkit.getTitle(), toolkit.getSubtitle(), imprint.network(), size);
		html.append("<section class=\"cover\">");
		html.append("<p class=\"cover-network\">").append(esc(imprint.network())).append("</p>");
		html.append("<h1>").append(esc(toolkit.getTitle())).append("</h1>");
		html.append("<p class=\"cover-subtitle\">").append(esc(toolkit.getSubtitle())).append("</p>");
		image(html, images, toolkit.getCoverImage(), toolkit.getCoverAlt(), "", "cover-image", PdfImages.LARGE);
		html.append("<p class=\"cover-edition\">").append(esc(imprint.edition())).append("</p>");
		html.append("</section>");

		html.append("<section class=\"colophon\"><h2>").append(esc(texts.t("toolkit.pdf.colophon"))).append("</h2>");
		html.append("<p>").append(esc(toolkit.getTitle())).append(". ").append(esc(imprint.edition())).append(".</p>");
		html.append("<p>").append(esc(texts.t("toolkit.pdf.publisher", imprint.network()))).append("</p>");
		supporters(html, texts.t("toolkit.pdf.funders"), tree.funders());
		supporters(html, texts.t("toolkit.pdf.partners"), tree.partners());
		html.append("<h3>").append(esc(texts.t("toolkit.pdf.online"))).append("</h3>");
		html.append("<p><a href=\"")
			.append(esc(imprint.url()))
			.append("\">")
			.append(esc(imprint.url()))
			.append("</a></p>");
		html.append("<figure class=\"qr\"><img src=\"")
			.append(imprint.qrDataUri())
			.append("\" alt=\"")
			.append(esc(texts.t("toolkit.pdf.qr-alt", imprint.url())))
			.append("\" width=\"120\" height=\"120\" /><figcaption>")
			.append(esc(texts.t("toolkit.pdf.qr-caption")))
			.append("</figcaption></figure>");
		html.append("</section>");

		html.append("<section class=\"toc\"><h2>").append(esc(texts.t("toolkit.pdf.contents"))).append("</h2><ol>");
		for (ToolkitTree.Chapter chapter : tree.chapters()) {
			html.append("<li class=\"toc-chapter\"><a href=\"#").append(chapter.anchor()).append("\" title=\"");
			html.append(esc(chapter.title())).append("\">");
			html.append(esc(chapter.title())).append("</a><ol>");
			for (ArticleContent article : chapter.articles()) {
				html.append("<li><a href=\"#artikel-").append(article.id()).append("\" title=\"");
				html.append(esc(article.title())).append("\">");
				html.append(esc(article.title())).append("</a></li>");
			}
			html.append("</ol></li>");
		}
		html.append("</ol></section>");

		for (ToolkitTree.Chapter chapter : tree.chapters()) {
			chapter(html, images, toolkit, chapter, 2);
		}
		return html.append("</body></html>").toString();
	}

	static String chapter(ToolkitTree tree, ToolkitTree.Chapter chapter, PrintSize size, Imprint imprint,
			PdfImages images) {
		StringBuilder html = head(chapter.title(), tree.toolkit().getTitle(), imprint.network(), size);
		html.append("<p class=\"source\">").append(esc(tree.toolkit().getTitle())).append("</p>");
		chapter(html, images, tree.toolkit(), chapter, 1);
		source(html, imprint);
		return html.append("</body></html>").toString();
	}

	static String article(ToolkitTree tree, ArticleContent article, PrintSize size, Imprint imprint, PdfImages images) {
		StringBuilder html = head(article.title(), article.summary(), imprint.network(), size);
		html.append("<p class=\"source\">").append(esc(tree.toolkit().getTitle())).append("</p>");
		article(html, images, article, 1);
		source(html, imprint);
		return html.append("</body></html>").toString();
	}

	/** A chapter, opening with the toolkit's image. */
	private static void chapter(StringBuilder html, PdfImages images, Toolkit toolkit, ToolkitTree.Chapter chapter,
			int level) {
		html.append("<section class=\"chapter\" id=\"").append(chapter.anchor()).append("\">");
		html.append("<div class=\"running\">").append(esc(chapter.title())).append("</div>");
		html.append("<h").append(level).append(" class=\"chapter-title\">").append(esc(chapter.title()));
		html.append("</h").append(level).append('>');
		image(html, images, toolkit.getCoverImage(), toolkit.getCoverAlt(), "", "chapter-image", PdfImages.SMALL);
		paragraphs(html, chapter.intro(), "chapter-intro");
		for (ArticleContent article : chapter.articles()) {
			article(html, images, article, level + 1);
		}
		html.append("</section>");
	}

	private static void article(StringBuilder html, PdfImages images, ArticleContent article, int level) {
		html.append("<article class=\"article\" id=\"artikel-").append(article.id()).append("\">");
		html.append("<h")
			.append(level)
			.append(">")
			.append(esc(article.title()))
			.append("</h")
			.append(level)
			.append('>');
		if (article.summary() != null && !article.summary().isBlank()) {
			html.append("<p class=\"lead\">").append(esc(article.summary())).append("</p>");
		}
		image(html, images, article.imagePath(), article.imageAlt(), article.imageCaption(), "article-image",
				PdfImages.SMALL);
		html.append(shiftHeadings(PdfImages.printableImages(article.bodyXhtml()), level - 1));
		html.append("</article>");
	}

	private static StringBuilder head(String title, String subject, String author, PrintSize size) {
		StringBuilder html = new StringBuilder(64 * 1024);
		html.append("<!DOCTYPE html><html lang=\"nl\" xml:lang=\"nl\" xmlns=\"http://www.w3.org/1999/xhtml\"><head>");
		html.append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\" />");
		html.append("<title>").append(esc(title)).append("</title>");
		html.append("<meta name=\"subject\" content=\"").append(esc((subject != null) ? subject : "")).append("\" />");
		html.append("<meta name=\"author\" content=\"").append(esc(author)).append("\" />");
		html.append("<style>").append(CSS).append("</style>");
		html.append("<style>html { font-size: ").append(size.bodyPoints()).append("pt; }</style>");
		html.append("</head><body class=\"").append(size.name().toLowerCase(Locale.ROOT)).append("\">");
		return html;
	}

	private static void source(StringBuilder html, Imprint imprint) {
		html.append("<p class=\"imprint\">").append(esc(imprint.network())).append(" · ");
		html.append("<a href=\"")
			.append(esc(imprint.url()))
			.append("\" title=\"")
			.append(esc(imprint.url()))
			.append("\">");
		html.append(esc(imprint.url())).append("</a>");
		html.append(" · ").append(esc(imprint.edition())).append("</p>");
	}

	private static void supporters(StringBuilder html, String heading, List<SupporterView> list) {
		if (list.isEmpty()) {
			return;
		}
		html.append("<h3>").append(esc(heading)).append("</h3><ul>");
		for (SupporterView supporter : list) {
			html.append("<li>").append(esc(supporter.name()));
			if (!supporter.url().isEmpty()) {
				html.append(" (").append(esc(supporter.url())).append(')');
			}
			html.append("</li>");
		}
		html.append("</ul>");
	}

	private static void paragraphs(StringBuilder html, String text, String cssClass) {
		if (text == null) {
			return;
		}
		for (String paragraph : text.split("\\R\\s*\\R")) {
			if (!paragraph.isBlank()) {
				html.append("<p class=\"").append(cssClass).append("\">").append(esc(paragraph.strip())).append("</p>");
			}
		}
	}

	private static void image(StringBuilder html, PdfImages images, String path, String alt, String caption,
			String cssClass, int width) {
		PdfImages.Printed image = images.find(path, width);
		if (image == null) {
			return;
		}
		String text = (alt != null && !alt.isBlank()) ? alt : image.alt();
		String under = (caption != null && !caption.isBlank()) ? caption : image.caption();
		html.append("<figure class=\"").append(cssClass).append("\"><img src=\"").append(image.dataUri());
		html.append("\" alt=\"").append(esc(text)).append("\" />");
		if (!under.isBlank()) {
			html.append("<figcaption>").append(esc(under)).append("</figcaption>");
		}
		html.append("</figure>");
	}

	/**
	 * Moves every heading {@code by} levels down (h2 becomes h3 for 1), at most to h6.
	 */
	static String shiftHeadings(String html, int by) {
		if (by <= 0) {
			return html;
		}
		String result = html;
		for (int level = 6; level >= 2; level--) {
			int target = Math.min(6, level + by);
			result = result.replace("<h" + level + ">", "<h" + target + ">")
				.replace("<h" + level + " ", "<h" + target + " ")
				.replace("</h" + level + ">", "</h" + target + ">");
		}
		return result;
	}

	static String esc(String text) {
		return PdfRenderer.escape(text);
	}

	private static String resource(String name) {
		try (InputStream in = PdfHtml.class.getClassLoader().getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException(name + " is missing");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
