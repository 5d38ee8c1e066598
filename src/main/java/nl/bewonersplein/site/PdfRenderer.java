package nl.bewonersplein.site;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import java.util.logging.Level;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

/**
 * Turns well-formed XHTML into a PDF that is PDF/UA-1 and PDF/A-3u: tagged, with the
 * DejaVu Sans fonts from the jar embedded (use {@code font-family: "DejaVu Sans"}), and
 * Java's built-in sRGB output intent; veraPDF accepts what it makes (see
 * docs/adr/0002-toolkit-pdf.md). Every printed document of the site goes through it: the
 * toolkit's booklets, the orders' packing lists and address labels. The XHTML needs
 * {@code <html lang>}, a {@code <title>} and headings that do not skip levels; images
 * must be data URIs, since nothing is fetched. Thread-safe; font files are read once.
 */
public final class PdfRenderer {

	private static final String FONT_DIR = "net/sf/jasperreports/fonts/dejavu/";

	private record Font(byte[] data, int weight, FontStyle style) {

	}

	private static final List<Font> FONTS = List.of(font("DejaVuSans.ttf", 400, FontStyle.NORMAL),
			font("DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL), font("DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC),
			font("DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC));

	private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	static {
		// The renderer reports every page and font at INFO; only its warnings matter.
		for (String logger : XRLog.listRegisteredLoggers()) {
			XRLog.setLevel(logger, Level.WARNING);
		}
	}

	private PdfRenderer() {
	}

	/** The PDF of {@code xhtml}. */
	public static byte[] render(String xhtml) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.usePdfUaAccessibility(true);
		builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
		builder.useColorProfile(SRGB);
		for (Font font : FONTS) {
			builder.useFont(() -> new ByteArrayInputStream(font.data()), "DejaVu Sans", font.weight(), font.style(),
					true);
		}
		// Nothing is fetched: images come in as data URIs, links are only annotations.
		builder.useUriResolver((base, uri) -> uri);
		builder.withHtmlContent(xhtml, null);
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * {@code text} for use in the XHTML handed to {@link #render}: markup characters
	 * escaped, control characters (which XML does not allow) left out.
	 */
	public static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> {
					if (c >= 0x20 || c == '\n' || c == '\t') {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

	/** A QR code for {@code url} as a PNG data URI. */
	public static String qrCode(String url) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 300, 300,
					Map.of(EncodeHintType.MARGIN, 2));
			BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_INT_RGB);
			for (int x = 0; x < matrix.getWidth(); x++) {
				for (int y = 0; y < matrix.getHeight(); y++) {
					image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
				}
			}
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			ImageIO.write(image, "png", png);
			return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
		}
		catch (WriterException | IOException ex) {
			throw new IllegalStateException("Could not make a QR code", ex);
		}
	}

	/**
	 * A QR code for {@code url} as an inline SVG element (one path, one unit per module),
	 * for printed web pages: scalable, no image request, no data URI.
	 */
	public static String qrCodeSvg(String url) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.MARGIN, 2));
			StringBuilder path = new StringBuilder();
			for (int y = 0; y < matrix.getHeight(); y++) {
				int x = 0;
				while (x < matrix.getWidth()) {
					if (!matrix.get(x, y)) {
						x++;
						continue;
					}
					int start = x;
					while (x < matrix.getWidth() && matrix.get(x, y)) {
						x++;
					}
					path.append('M')
						.append(start)
						.append(' ')
						.append(y)
						.append('h')
						.append(x - start)
						.append("v1h-")
						.append(x - start)
						.append('z');
				}
			}
			return "<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " "
					+ matrix.getHeight() + "\" role=\"img\" aria-label=\"QR-code\" shape-rendering=\"crispEdges\">"
					+ "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path
					+ "\"/></svg>";
		}
		catch (WriterException ex) {
			throw new IllegalStateException("Could not make a QR code", ex);
		}
	}

	private static Font font(String file, int weight, FontStyle style) {
		try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(FONT_DIR + file)) {
			if (in == null) {
				throw new IllegalStateException(FONT_DIR + file + " is missing: run the Maven build, which unpacks it");
			}
			return new Font(in.readAllBytes(), weight, style);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
