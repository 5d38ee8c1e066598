package nl.bewonersplein.toolkit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.bewonersplein.content.ArticleContent;
import nl.bewonersplein.content.ArticleKind;
import nl.bewonersplein.content.SupporterView;
import nl.bewonersplein.media.BodyRenderer;

import nl.bewonersplein.site.PdfRenderer;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The demo toolkit as an in-memory tree, without a database: for PDF tests and the PDF
 * benchmark.
 */
final class DemoTrees {

	static final PdfHtml.Texts DUTCH = (key, args) -> switch (key) {
		case "toolkit.pdf.colophon" -> "Colofon";
		case "toolkit.pdf.contents" -> "Inhoud";
		case "toolkit.pdf.publisher" -> "Uitgegeven door " + args[0] + ".";
		case "toolkit.pdf.funders" -> "Mogelijk gemaakt door";
		case "toolkit.pdf.partners" -> "In samenwerking met";
		case "toolkit.pdf.online" -> "Lees de toolkit online";
		case "toolkit.pdf.qr-caption" -> "Scan de code met je telefoon.";
		default -> key + " " + List.of(args);
	};

	static final List<SupporterView> SUPPORTERS = List.of(
			new SupporterView("VSBfonds", "https://www.vsbfonds.nl", "", true),
			new SupporterView("Oranje Fonds", "https://www.oranjefonds.nl", "", true),
			new SupporterView("RCOAK", "https://www.rcoak.nl", "", true),
			new SupporterView("Ministerie van VWS", "https://www.rijksoverheid.nl/ministeries/vws", "", true),
			new SupporterView("Movisie", "https://www.movisie.nl", "", false),
			new SupporterView("Fontys Hogescholen", "https://www.fontys.nl", "", false));

	private DemoTrees() {
	}

	/** The demo toolkit with at least {@code articles} articles (the demo's repeated). */
	static ToolkitTree demo(int articles) {
		BodyRenderer bodies = new BodyRenderer();
		Toolkit toolkit = new Toolkit("betrokken-buurten", Instant.parse("2026-11-30T10:00:00Z"));
		toolkit.describe("Betrokken Buurten tegen eenzaamheid", "Zo breng je buren met elkaar in contact",
				"Een introductie.\n\nMet twee alinea's.", "Lees stap voor stap.", List.of(1L, 2L, 3L, 4L, 5L, 6L),
				Instant.parse("2026-11-30T10:00:00Z"));
		toolkit.publishEdition(LocalDate.of(2026, 11, 30), Instant.parse("2026-11-30T10:00:00Z"));
		ReflectionTestUtils.setField(toolkit, "id", 1L);
		List<ToolkitTree.Chapter> chapters = new ArrayList<>();
		long nextId = 1;
		int count = 0;
		for (int round = 1; count < articles; round++) {
			for (ToolkitDemo.DemoChapter demoChapter : ToolkitDemo.chapters()) {
				ToolkitChapter chapter = new ToolkitChapter(1L,
						demoChapter.title() + ((round > 1) ? " (" + round + ")" : ""), demoChapter.intro(),
						chapters.size() + 1);
				ReflectionTestUtils.setField(chapter, "id", (long) chapters.size() + 1);
				List<ArticleContent> content = new ArrayList<>();
				for (ToolkitDemo.DemoArticle article : demoChapter.articles()) {
					if (count >= articles) {
						break;
					}
					long id = nextId++;
					content.add(new ArticleContent(id, article.slug() + "-" + id, ArticleKind.KNOWLEDGE,
							article.title(), article.summary(), bodies.toHtml(article.body()),
							bodies.toXhtml(article.body()), null, null, null, Instant.parse("2026-11-30T10:00:00Z"),
							Instant.parse("2026-11-30T10:00:00Z"), "/kennis/" + article.slug()));
					count++;
				}
				if (!content.isEmpty()) {
					chapters.add(new ToolkitTree.Chapter(chapter, content));
				}
			}
		}
		return new ToolkitTree(toolkit, chapters, SUPPORTERS);
	}

	static PdfHtml.Imprint imprint() {
		String url = "https://bewonersplein.example/toolkit/betrokken-buurten";
		return new PdfHtml.Imprint("Bewonersplein", url, PdfRenderer.qrCode(url), "Editie 1, 30/11/2026");
	}

}
