package nl.bewonersplein.toolkit;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.bewonersplein.site.PdfRenderer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The toolkit's PDFs: booklet, chapter and article in both print sizes pass veraPDF's
 * PDF/UA-1 and PDF/A-3u checks, and the booklet's table of contents points to the pages
 * where the chapters really start.
 */
class ToolkitPdfTests {

	static ToolkitTree tree;

	@BeforeAll
	static void setUp() {
		VeraGreenfieldFoundryProvider.initialise();
		tree = DemoTrees.demo(16);
	}

	@ParameterizedTest
	@EnumSource(PrintSize.class)
	void bookletIsAccessibleAndArchivable(PrintSize size) throws Exception {
		byte[] pdf = PdfRenderer.render(PdfHtml.booklet(tree, size, DemoTrees.imprint(), DemoTrees.DUTCH));
		assertValid(pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Betrokken Buurten tegen eenzaamheid");
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nl");
		}
	}

	@ParameterizedTest
	@EnumSource(PrintSize.class)
	void chapterIsAccessibleAndArchivable(PrintSize size) throws Exception {
		assertValid(PdfRenderer.render(PdfHtml.chapter(tree, tree.chapters().get(2), size, DemoTrees.imprint())));
	}

	@ParameterizedTest
	@EnumSource(PrintSize.class)
	void articleIsAccessibleAndArchivable(PrintSize size) throws Exception {
		assertValid(PdfRenderer
			.render(PdfHtml.article(tree, tree.chapters().get(2).articles().get(1), size, DemoTrees.imprint())));
	}

	@ParameterizedTest
	@EnumSource(PrintSize.class)
	void tableOfContentsGivesThePagesWhereChaptersStart(PrintSize size) throws Exception {
		byte[] pdf = PdfRenderer.render(PdfHtml.booklet(tree, size, DemoTrees.imprint(), DemoTrees.DUTCH));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<String> pages = pages(document);
			Map<String, Integer> toc = new LinkedHashMap<>();
			int tocPage = indexOfPageStartingWith(pages, "Inhoud");
			assertThat(tocPage).as("a page with the table of contents").isPositive();
			for (ToolkitTree.Chapter chapter : tree.chapters()) {
				Matcher entry = Pattern.compile(Pattern.quote(chapter.title()) + "[ .]*?(\\d+)\\s*$", Pattern.MULTILINE)
					.matcher(pages.get(tocPage - 1) + "\n" + ((tocPage < pages.size()) ? pages.get(tocPage) : ""));
				assertThat(entry.find()).as("TOC entry for " + chapter.title()).isTrue();
				toc.put(chapter.title(), Integer.parseInt(entry.group(1)));
			}
			assertThat(toc).hasSize(tree.chapters().size());
			for (ToolkitTree.Chapter chapter : tree.chapters()) {
				int number = toc.get(chapter.title());
				String intro = flat(chapter.intro()).substring(0, 40);
				assertThat(flat(pages.get(number - 1))).as("page %d starts the chapter %s", number, chapter.title())
					.contains(chapter.title())
					.contains(intro);
				assertThat(flat(pages.get(number - 2))).as("the page before chapter %s", chapter.title())
					.doesNotContain(intro);
			}
			assertThat(pages.get(pages.size() - 1)).as("page number in the footer")
				.contains(String.valueOf(pages.size()));
		}
	}

	@Test
	void largePrintIsLargerThanOrdinaryPrint() throws Exception {
		byte[] normal = PdfRenderer
			.render(PdfHtml.booklet(tree, PrintSize.NORMAL, DemoTrees.imprint(), DemoTrees.DUTCH));
		byte[] large = PdfRenderer.render(PdfHtml.booklet(tree, PrintSize.LARGE, DemoTrees.imprint(), DemoTrees.DUTCH));
		try (PDDocument small = Loader.loadPDF(normal); PDDocument big = Loader.loadPDF(large)) {
			assertThat(big.getNumberOfPages()).isGreaterThan(small.getNumberOfPages());
		}
	}

	static List<String> pages(PDDocument document) throws Exception {
		List<String> pages = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper();
		for (int i = 1; i <= document.getNumberOfPages(); i++) {
			stripper.setStartPage(i);
			stripper.setEndPage(i);
			pages.add(stripper.getText(document));
		}
		return pages;
	}

	private static String flat(String text) {
		return text.replaceAll("\\s+", " ");
	}

	private static int indexOfPageStartingWith(List<String> pages, String heading) {
		for (int i = 0; i < pages.size(); i++) {
			if (pages.get(i).lines().anyMatch((line) -> line.strip().equals(heading))) {
				return i + 1;
			}
		}
		return -1;
	}

	static void assertValid(byte[] pdf) throws Exception {
		for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_3_U)) {
			try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
				PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
				ValidationResult result = validator.validate(parser);
				List<String> failures = result.getTestAssertions()
					.stream()
					.filter((assertion) -> assertion.getStatus() == TestAssertion.Status.FAILED)
					.map((assertion) -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
							+ ": " + assertion.getMessage())
					.distinct()
					.toList();
				assertThat(failures).as(flavour.toString()).isEmpty();
				assertThat(result.isCompliant()).as(flavour.toString()).isTrue();
			}
		}
	}

}
