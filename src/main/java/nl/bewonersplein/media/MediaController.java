package nl.bewonersplein.media;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Serves the library's files. A rendition's URL carries the file's fingerprint
 * ({@code /media/12/3f9a2c1b7e-640.png}): it never changes, so it is cached for a year.
 * The stable URL ({@code /media/12/bankje.png}, the one bodies hold) always serves the
 * current file, revalidated with its ETag, so replacing a file keeps every link working;
 * an old fingerprint is sent on to the current file. Documents are served as downloads
 * only ({@code Content-Disposition: attachment}); every response forbids sniffing and
 * carries a sandboxing Content-Security-Policy, so no file can act as a page.
 */
@Controller
class MediaController {

	private static final Pattern RENDITION = Pattern.compile("([0-9a-f]{10})-(\\d{1,5})\\.(jpg|png)");

	private static final String SANDBOX = "sandbox; default-src 'none'; frame-ancestors 'none'";

	private final MediaLibrary library;

	private final MediaStore store;

	MediaController(MediaLibrary library, MediaStore store) {
		this.library = library;
		this.store = store;
	}

	@GetMapping("/media/{id:\\d+}/{file}")
	ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable String file,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
			HttpServletResponse response) {
		response.setHeader("Content-Security-Policy", SANDBOX);
		Optional<MediaItem> found = this.library.item(id);
		if (found.isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		MediaItem item = found.get();
		Matcher rendition = RENDITION.matcher(file);
		if (rendition.matches() && !item.document()) {
			int width = Integer.parseInt(rendition.group(2));
			if (!rendition.group(1).equals(item.fingerprint()) || !item.widths().contains(width)
					|| !rendition.group(3).equals(item.format())) {
				// A URL of an earlier file (or a width we do not make): the current one.
				return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
					.header(HttpHeaders.LOCATION, item.url(item.nearest(width)))
					.cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
					.build();
			}
			return this.store.variant(id, width)
				.map((variant) -> ResponseEntity.ok()
					.contentType(MediaType.parseMediaType(variant.contentType()))
					.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
					.header("X-Content-Type-Options", "nosniff")
					.body(variant.data()))
				.orElseGet(() -> ResponseEntity.notFound().build());
		}
		String etag = "\"" + item.fingerprint() + "\"";
		CacheControl revalidate = CacheControl.noCache().cachePublic();
		if (ifNoneMatch != null && ifNoneMatch.contains(etag)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(revalidate).build();
		}
		int width = item.document() ? 0 : item.largest();
		return this.store.variant(id, width).map((variant) -> {
			ResponseEntity.BodyBuilder ok = ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(variant.contentType()))
				.eTag(etag)
				.cacheControl(revalidate)
				.header("X-Content-Type-Options", "nosniff");
			if (item.document()) {
				ok.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(item.name()).build().toString());
			}
			return ok.body(variant.data());
		}).orElseGet(() -> ResponseEntity.notFound().build());
	}

}
