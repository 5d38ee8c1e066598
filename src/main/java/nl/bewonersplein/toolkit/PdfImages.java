package nl.bewonersplein.toolkit;

import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * Where the PDFs' images come from. The renderer fetches nothing, so each image is
 * embedded as a {@code data:} URI: a library image by its stable address (see
 * {@link ToolkitPdfs}), or a PNG or JPEG of the application's static files.
 */
@FunctionalInterface
interface PdfImages {

	/** Width of the file embedded on the booklet's cover. */
	int LARGE = 960;

	/** Width of the files embedded at chapters and articles. */
	int SMALL = 640;

	/** Only the application's static files. */
	PdfImages STATIC = (path, width) -> {
		String data = staticImage(path);
		return (data != null) ? new Printed(data, "", "") : null;
	};

	/**
	 * The image at {@code path}, at least {@code width} pixels wide if there is such a
	 * file, or null if it cannot be printed.
	 */
	Printed find(String path, int width);

	/**
	 * An image ready to print.
	 *
	 * @param dataUri the file as a data URI
	 * @param alt its text alternative where the page does not give one
	 * @param caption its caption (and credit) where the page does not give one
	 */
	record Printed(String dataUri, String alt, String caption) {

	}

	Pattern IMG = Pattern.compile("<img\\b([^>]*?)\\s*/?>");

	Pattern SRC = Pattern.compile("\\bsrc=\"([^\"]*)\"");

	Pattern ALT = Pattern.compile("\\balt=\"([^\"]*)\"");

	/**
	 * Images in a body, made printable: a PNG or JPEG of ours is embedded as a data URI
	 * (library images are, already), and any other image (one the renderer cannot load
	 * failed the whole PDF) is printed as its description.
	 */
	static String printableImages(String xhtml) {
		Matcher img = IMG.matcher(xhtml);
		StringBuilder out = new StringBuilder(xhtml.length());
		while (img.find()) {
			String attributes = img.group(1);
			Matcher src = SRC.matcher(attributes);
			Matcher alt = ALT.matcher(attributes);
			String source = src.find() ? src.group(1) : "";
			String description = alt.find() ? alt.group(1) : "";
			String replacement;
			if (source.startsWith("data:image/")) {
				replacement = img.group();
			}
			else {
				String data = staticImage(HtmlUtils.htmlUnescape(source));
				replacement = (data != null) ? "<img src=\"" + data + "\" alt=\"" + description + "\" />"
						: "<span class=\"image-missing\">" + description + "</span>";
			}
			img.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		img.appendTail(out);
		return out.toString();
	}

	/** A PNG or JPEG from the application's static files as a data URI, or null. */
	static String staticImage(String path) {
		if (path == null || !path.startsWith("/") || path.contains("..")) {
			return null;
		}
		String lower = path.toLowerCase(Locale.ROOT);
		String type = lower.endsWith(".png") ? "image/png"
				: (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) ? "image/jpeg" : null;
		if (type == null) {
			return null;
		}
		try (InputStream in = PdfHtml.class.getResourceAsStream("/static" + path)) {
			return (in != null) ? "data:" + type + ";base64," + Base64.getEncoder().encodeToString(in.readAllBytes())
					: null;
		}
		catch (IOException ex) {
			return null;
		}
	}

}
