package nl.bewonersplein.toolkit;

import java.util.Arrays;
import java.util.function.Supplier;

import nl.bewonersplein.site.PdfRenderer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Benchmark of PDF generation, run by {@code bench/pdf}: the demo toolkit grown to 40
 * articles as a booklet, one chapter and one article, in both print sizes. Prints the
 * first generation in the JVM, then the median and the slowest of the measured runs after
 * a warm-up.
 */
public final class PdfBench {

	private PdfBench() {
	}

	public static void main(String[] args) throws Exception {
		int articles = (args.length > 0) ? Integer.parseInt(args[0]) : 40;
		int runs = (args.length > 1) ? Integer.parseInt(args[1]) : 5;
		ToolkitTree tree = DemoTrees.demo(articles);
		PdfHtml.Imprint imprint = DemoTrees.imprint();
		ToolkitTree.Chapter chapter = tree.chapters().get(0);
		System.out.printf(
				"%d articles in %d chapters; %d measured runs after 5 warm-up runs; first = the first one in this JVM%n",
				tree.steps().size(), tree.chapters().size(), runs);
		System.out.printf("%-16s %9s %9s %9s %6s %9s%n", "pdf", "first", "median", "max", "pages", "size");
		for (PrintSize size : PrintSize.values()) {
			String suffix = (size == PrintSize.LARGE) ? " large" : "";
			measure("booklet" + suffix, runs,
					() -> PdfRenderer.render(PdfHtml.booklet(tree, size, imprint, DemoTrees.DUTCH)));
			measure("chapter" + suffix, runs, () -> PdfRenderer.render(PdfHtml.chapter(tree, chapter, size, imprint)));
			measure("article" + suffix, runs,
					() -> PdfRenderer.render(PdfHtml.article(tree, chapter.articles().get(0), size, imprint)));
		}
	}

	private static void measure(String name, int runs, Supplier<byte[]> generate) throws Exception {
		long first = System.nanoTime();
		byte[] pdf = generate.get();
		first = (System.nanoTime() - first) / 1_000_000;
		for (int i = 0; i < 5; i++) {
			pdf = generate.get();
		}
		long[] millis = new long[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			pdf = generate.get();
			millis[i] = (System.nanoTime() - start) / 1_000_000;
		}
		Arrays.sort(millis);
		int pages;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			pages = document.getNumberOfPages();
		}
		System.out.printf("%-16s %6d ms %6d ms %6d ms %6d %6d KB%n", name, first, millis[runs / 2], millis[runs - 1],
				pages, pdf.length / 1024);
	}

}
