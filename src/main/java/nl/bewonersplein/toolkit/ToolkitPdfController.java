package nl.bewonersplein.toolkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.function.Supplier;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The printable toolkit: the booklet, a chapter or an article as PDF, in ordinary or
 * large print ({@code ?letters=groot}). Answers 304 when the visitor has the current
 * version.
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
		return serve(() -> this.pdfs.booklet(tree, PrintSize.of(letters)), request);
	}

	@GetMapping("/toolkit/{slug}/hoofdstuk/{chapterId}/pdf")
	ResponseEntity<Resource> chapter(@PathVariable String slug, @PathVariable long chapterId,
			@RequestParam(required = false) String letters, WebRequest request) {
		ToolkitTree tree = this.reader.published(slug).orElseThrow(ToolkitController::notFound);
		ToolkitTree.Chapter chapter = tree.chapter(chapterId).orElseThrow(ToolkitController::notFound);
		return serve(() -> this.pdfs.chapter(tree, chapter, PrintSize.of(letters)), request);
	}

	/**
	 * The address chapters had when they were called themes; printed links keep working.
	 */
	@GetMapping("/toolkit/{slug}/thema/{chapterId}/pdf")
	ResponseEntity<Void> formerChapterAddress(@PathVariable String slug, @PathVariable long chapterId,
			@RequestParam(required = false) String letters) {
		UriComponentsBuilder target = UriComponentsBuilder.fromPath("/toolkit/{slug}/hoofdstuk/{id}/pdf");
		if (letters != null) {
			target.queryParam("letters", letters);
		}
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
			.location(target.encode().buildAndExpand(slug, chapterId).toUri())
			.build();
	}

	@GetMapping("/toolkit/{slug}/{articleSlug}/pdf")
	ResponseEntity<Resource> article(@PathVariable String slug, @PathVariable String articleSlug,
			@RequestParam(required = false) String letters, WebRequest request) {
		ToolkitTree tree = this.reader.published(slug).orElseThrow(ToolkitController::notFound);
		ToolkitTree.Step step = tree.step(articleSlug).orElseThrow(ToolkitController::notFound);
		return serve(() -> this.pdfs.article(tree, step.article(), PrintSize.of(letters)), request);
	}

	/**
	 * The PDF, opened before it is sent: a newer generation of the same PDF (an edit, the
	 * booklet warmer) removes the outdated file, and a file that went between finding and
	 * opening it is made again once. An open file stays readable after it is removed.
	 */
	private static ResponseEntity<Resource> serve(Supplier<ToolkitPdfs.Pdf> make, WebRequest request) {
		ToolkitPdfs.Pdf pdf = make.get();
		String etag = "\"" + pdf.etag() + "\"";
		if (request.checkNotModified(etag)) {
			return null;
		}
		InputStream body;
		try {
			body = open(pdf);
		}
		catch (NoSuchFileException ex) {
			pdf = make.get();
			body = openOrFail(pdf);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.eTag(etag)
			.cacheControl(CacheControl.noCache())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(pdf.filename(), StandardCharsets.UTF_8).build().toString())
			.body(new InputStreamResource(body));
	}

	private static InputStream open(ToolkitPdfs.Pdf pdf) throws NoSuchFileException {
		try {
			return Files.newInputStream(pdf.file());
		}
		catch (NoSuchFileException ex) {
			throw ex;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream openOrFail(ToolkitPdfs.Pdf pdf) {
		try {
			return open(pdf);
		}
		catch (NoSuchFileException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
