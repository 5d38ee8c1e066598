package nl.bewonersplein.toolkit;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * The printable toolkit: the booklet, a theme or an article as PDF, in ordinary or large
 * print ({@code ?letters=groot}). Answers 304 when the visitor has the current version.
 */
@Controller
class ToolkitPdfController {

	private final ToolkitReader reader;

	private final ToolkitPdfs pdfs;

	ToolkitPdfController(ToolkitReader reader, ToolkitPdfs pdfs) {
		this.reader = reader;
		this.pdfs = pdfs;
	}

	@GetMapping("/toolkit/{slug}/pdf")
	ResponseEntity<Resource> booklet(@PathVariable String slug, @RequestParam(required = false) String letters,
			WebRequest request) {
		ToolkitTree tree = this.reader.published(slug).orElseThrow(ToolkitController::notFound);
		return serve(this.pdfs.booklet(tree, PrintSize.of(letters)), request);
	}

	@GetMapping("/toolkit/{slug}/thema/{themeId}/pdf")
	ResponseEntity<Resource> theme(@PathVariable String slug, @PathVariable long themeId,
			@RequestParam(required = false) String letters, WebRequest request) {
		ToolkitTree tree = this.reader.published(slug).orElseThrow(ToolkitController::notFound);
		ToolkitTree.Chapter chapter = tree.chapter(themeId).orElseThrow(ToolkitController::notFound);
		return serve(this.pdfs.theme(tree, chapter, PrintSize.of(letters)), request);
	}

	@GetMapping("/toolkit/{slug}/{articleSlug}/pdf")
	ResponseEntity<Resource> article(@PathVariable String slug, @PathVariable String articleSlug,
			@RequestParam(required = false) String letters, WebRequest request) {
		ToolkitTree tree = this.reader.published(slug).orElseThrow(ToolkitController::notFound);
		ToolkitTree.Step step = tree.step(articleSlug).orElseThrow(ToolkitController::notFound);
		return serve(this.pdfs.article(tree, step.article(), PrintSize.of(letters)), request);
	}

	private static ResponseEntity<Resource> serve(ToolkitPdfs.Pdf pdf, WebRequest request) {
		String etag = "\"" + pdf.etag() + "\"";
		if (request.checkNotModified(etag)) {
			return null;
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.eTag(etag)
			.cacheControl(CacheControl.noCache())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(pdf.filename(), StandardCharsets.UTF_8).build().toString())
			.body(new FileSystemResource(pdf.file()));
	}

}
