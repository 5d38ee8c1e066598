package nl.bewonersplein.toolkit;

import java.io.IOException;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import nl.bewonersplein.Browser;
import nl.bewonersplein.SiteTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a visitor gets when printing a page from the browser: no stray pages, one
 * acknowledgement, addresses only where they help on paper, and the page's own address
 * with a QR code at the end.
 */
@SiteTest
class PrintTests {

	static final String MODEL_PAGE = "/nieuws/toolkit-betrokken-buurten-online";

	static final String SHORT_STEP = "/toolkit/betrokken-buurten/een-praatje-is-een-begin";

	@LocalServerPort
	int port;

	BrowserContext context;

	Page page;

	@BeforeEach
	void openBrowser() {
		this.context = Browser.newContext();
		this.page = this.context.newPage();
	}

	@AfterEach
	void closeBrowser() {
		if (this.context != null) {
			this.context.close();
		}
	}

	@Test
	void aOneScreenToolkitStepPrintsOnOnePageEndingWithItsAddress() throws IOException {
		Printed printed = print(SHORT_STEP);
		assertThat(printed.pages()).isEqualTo(1);
		assertThat(printed.text()).contains("Een praatje is al een begin", "Deze pagina online:",
				url(SHORT_STEP).substring("http://".length()));
		assertThat(printed.text()).doesNotContain("(/toolkit", "(/", "Contact");
		assertThat(this.page.locator(".print-address svg.qr").count()).isEqualTo(1);
	}

	@Test
	void theModelPageThanksEachFunderOnceAndPrintsExternalAddresses() throws IOException {
		Printed printed = print(MODEL_PAGE);
		assertThat(count(printed.text(), "VSBfonds")).isEqualTo(1);
		assertThat(printed.text()).contains("VSBfonds (https://www.vsbfonds.nl)").doesNotContain("(/");
		assertThat(printed.text().strip()).endsWith("Bewonersplein · 012 345 67 89");
	}

	@Test
	void theAddressBlockIsForPaperOnly() {
		this.page.navigate(url(SHORT_STEP));
		assertThat(this.page.locator(".print-address").isVisible()).isFalse();
		this.page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
		assertThat(this.page.locator(".print-address").isVisible()).isTrue();
		assertThat(this.page.locator(".site-footer").isVisible()).isFalse();
	}

	record Printed(int pages, String text) {

	}

	private Printed print(String path) throws IOException {
		this.page.navigate(url(path));
		byte[] pdf = this.page.pdf(new Page.PdfOptions().setFormat("A4").setPrintBackground(false));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new Printed(document.getNumberOfPages(), new PDFTextStripper().getText(document));
		}
	}

	private static int count(String text, String part) {
		return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
