package nl.bewonersplein.media;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

/**
 * Checks that an upload that starts like a PDF really is one: PDFBox must parse it and
 * find at least one page. A PDF with JavaScript (run on opening or kept in its names) is
 * refused: the library serves documents to read, never active content. Documents are
 * served as downloads only (see {@link MediaController}).
 */
final class PdfFiles {

	private PdfFiles() {
	}

	/**
	 * @return the number of pages
	 * @throws UploadRefused if it is no readable PDF or carries JavaScript
	 */
	static int check(byte[] bytes) {
		try (PDDocument document = Loader.loadPDF(bytes)) {
			if (document.getNumberOfPages() < 1) {
				throw new UploadRefused("media.upload.pdf-unreadable");
			}
			PDDocumentCatalog catalog = document.getDocumentCatalog();
			PDDocumentNameDictionary names = catalog.getNames();
			if ((names != null && names.getJavaScript() != null)
					|| catalog.getOpenAction() instanceof PDActionJavaScript) {
				throw new UploadRefused("media.upload.pdf-script");
			}
			return document.getNumberOfPages();
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof UploadRefused refused) {
				throw refused;
			}
			throw new UploadRefused("media.upload.pdf-unreadable");
		}
	}

}
