package nl.bewonersplein.media;

import java.io.StringReader;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import nl.bewonersplein.site.PdfRenderer;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The print-only parts of a body: a video as its link and a QR code, the XML check every
 * print body passes, and the plain-text fallback. See {@link BodyRenderer#toXhtml}.
 */
final class PrintBodies {

	private PrintBodies() {
	}

	/** A video on paper: what it is, its address in full, and a QR code to it. */
	static String video(String watchUrl, String escapedLabel) {
		String url = PdfRenderer.escape(watchUrl);
		return "<figure class=\"video-print\"><p>" + escapedLabel + ": <a href=\"" + url + "\">" + url
				+ "</a></p><img class=\"qr\" src=\"" + PdfRenderer.qrCode(watchUrl) + "\" alt=\"QR-code: " + url
				+ "\" width=\"96\" height=\"96\" /></figure>";
	}

	static boolean isWellFormed(String fragment) {
		try {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.newSAXParser()
				.parse(new InputSource(new StringReader("<div>" + fragment + "</div>")), new DefaultHandler());
			return true;
		}
		catch (SAXException | ParserConfigurationException | java.io.IOException ex) {
			return false;
		}
	}

	/** The Markdown source as escaped paragraphs: always well-formed. */
	static String plainText(String markdown) {
		StringBuilder out = new StringBuilder();
		for (String paragraph : markdown.strip().split("\\n\\s*\\n")) {
			out.append("<p>").append(PdfRenderer.escape(paragraph.strip())).append("</p>");
		}
		return out.toString();
	}

}
