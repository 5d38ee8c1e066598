package nl.bewonersplein.media;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One file of the library as stored: an image (its renditions) or a PDF document.
 *
 * @param id its number, also in its URLs
 * @param document whether it is a PDF document (else an image)
 * @param format the extension of the files served: {@code jpg}, {@code png} or
 * {@code pdf}
 * @param name the generated file name in its stable URL, e.g. {@code bankje.png}
 * @param originalName the name of the uploaded file, shown to editors only
 * @param fingerprint changes with each new file; part of the renditions' URLs
 * @param width width in pixels of the largest rendition (0 for a document)
 * @param height its height
 * @param widths the widths of the renditions, ascending
 * @param byteSize the size of the uploaded file
 */
record MediaItem(long id, boolean document, String format, String name, String originalName, String fingerprint,
		int width, int height, List<Integer> widths, long byteSize, String alt, boolean decorative, String caption,
		String credit, Instant createdAt, Instant updatedAt, int version) {

	static final String PATH = "/media/";

	/** The stable URL: the current file, also after it was replaced. */
	String url() {
		return PATH + this.id + "/" + this.name;
	}

	/** The fingerprinted URL of one rendition, cached for a year. */
	String url(int width) {
		return PATH + this.id + "/" + this.fingerprint + "-" + width + "." + this.format;
	}

	/** The rendition nearest to a width, preferring a larger one. */
	int nearest(int wanted) {
		return this.widths.stream()
			.filter((w) -> w >= wanted)
			.findFirst()
			.orElse(this.widths.get(this.widths.size() - 1));
	}

	int largest() {
		return this.widths.get(this.widths.size() - 1);
	}

	/** The image for a page: the middle-sized file as {@code src}, all in the srcset. */
	Picture picture() {
		return picture(960, Integer.MAX_VALUE);
	}

	/** The image for a card: files up to 640 pixels. */
	Picture thumbnail() {
		return picture(320, 640);
	}

	private Picture picture(int srcWidth, int maxWidth) {
		List<Integer> offered = this.widths.stream().filter((w) -> w <= maxWidth).toList();
		if (offered.isEmpty()) {
			offered = List.of(this.widths.get(0));
		}
		int src = offered.stream().filter((w) -> w <= srcWidth).reduce((a, b) -> b).orElse(offered.get(0));
		StringBuilder srcset = new StringBuilder();
		for (int w : offered) {
			srcset.append((srcset.length() > 0) ? ", " : "").append(url(w)).append(' ').append(w).append('w');
		}
		return new Picture(this.id, url(src), srcset.toString(), this.width, this.height,
				this.decorative ? "" : this.alt, this.caption, this.credit);
	}

	/** What to paste into a body to show this image there. */
	String markdown() {
		String alt = this.decorative ? "" : this.alt.replaceAll("[\\[\\]\\\\\\r\\n]", " ").strip();
		return "![" + alt + "](" + url() + ")";
	}

	static List<Integer> parseWidths(String text) {
		return Arrays.stream(text.split(","))
			.map(String::trim)
			.filter((s) -> !s.isEmpty())
			.map(Integer::valueOf)
			.toList();
	}

	static String formatWidths(List<Integer> widths) {
		return String.join(",", widths.stream().map(String::valueOf).toList());
	}

}
