package nl.bewonersplein.media;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The checks an upload passes and what re-encoding leaves of it: kinds by content, sizes
 * before decoding, no metadata, no passengers.
 */
class ImageFilesTests {

	@Test
	void theKindComesFromTheContentNotTheName() {
		assertThat(ImageFiles.kind(TestImages.png(10, 10))).isEqualTo(FileKind.PNG);
		assertThat(ImageFiles.kind(TestImages.jpeg(10, 10))).isEqualTo(FileKind.JPEG);
		assertThat(ImageFiles.kind(TestImages.webp())).isEqualTo(FileKind.WEBP);
		assertThat(ImageFiles.kind("%PDF-1.7\n".getBytes())).isEqualTo(FileKind.PDF);
	}

	@Test
	void htmlAndSvgAreRefusedWhateverTheyAreCalled() {
		assertThatThrownBy(() -> ImageFiles.kind(TestImages.html())).isInstanceOf(UploadRefused.class)
			.extracting((ex) -> ((UploadRefused) ex).key())
			.isEqualTo("media.upload.wrong-kind");
		assertThatThrownBy(() -> ImageFiles.kind(TestImages.svgWithScript())).isInstanceOf(UploadRefused.class)
			.extracting((ex) -> ((UploadRefused) ex).key())
			.isEqualTo("media.upload.wrong-kind");
	}

	@Test
	void aFileOverTenMegabytesIsRefusedWithItsSize() {
		byte[] big = new byte[(int) ImageFiles.MAX_BYTES + 1];
		big[0] = (byte) 0xFF;
		big[1] = (byte) 0xD8;
		big[2] = (byte) 0xFF;
		assertThatThrownBy(() -> ImageFiles.kind(big)).isInstanceOf(UploadRefused.class).satisfies((ex) -> {
			assertThat(((UploadRefused) ex).key()).isEqualTo("media.upload.too-large");
			assertThat(((UploadRefused) ex).args()).containsExactly("10,0", "10,0");
		});
		assertThat(ImageFiles.kind(java.util.Arrays.copyOf(big, (int) ImageFiles.MAX_BYTES))).isEqualTo(FileKind.JPEG);
	}

	@Test
	void aDecompressionBombIsRefusedFromItsHeaderWithoutDecodingIt() {
		byte[] bomb = TestImages.pngBomb();
		assertThat(bomb.length).isLessThan(1000);
		FileKind kind = ImageFiles.kind(bomb);
		// Decoding 30,000 × 30,000 RGB pixels would need 2.7 GB: more than this test's
		// heap, so an attempt would fail with OutOfMemoryError, not this refusal.
		assertThatThrownBy(() -> ImageFiles.size(bomb, kind)).isInstanceOf(UploadRefused.class).satisfies((ex) -> {
			assertThat(((UploadRefused) ex).key()).isEqualTo("media.upload.too-many-pixels");
			assertThat(((UploadRefused) ex).args()).containsExactly(30_000, 30_000, 40L);
		});
	}

	@Test
	void exifWithTheGpsPositionIsGoneAfterReencoding() throws Exception {
		byte[] photo = TestImages.jpegWithGps(1200, 800, 1);
		assertThat(TestImages.contains(photo, "Exif")).isTrue();
		assertThat(TestImages.contains(photo, TestImages.GPS_NOTE)).isTrue();
		// The block is real EXIF: ImageIO reads it as such.
		assertThat(ImageIO.read(new ByteArrayInputStream(photo))).isNotNull();
		List<ImageFiles.Variant> variants = ImageFiles.renditions(photo, FileKind.JPEG,
				ImageFiles.size(photo, FileKind.JPEG));
		assertThat(variants).extracting(ImageFiles.Variant::width).containsExactly(320, 640, 960, 1200);
		for (ImageFiles.Variant variant : variants) {
			assertThat(TestImages.contains(variant.data(), "Exif")).isFalse();
			assertThat(TestImages.contains(variant.data(), "GPS")).isFalse();
			assertThat(TestImages.contains(variant.data(), "Domplein")).isFalse();
			assertThat(ImageIO.read(new ByteArrayInputStream(variant.data())).getWidth()).isEqualTo(variant.width());
		}
	}

	@Test
	void aPhotoTakenUprightStaysUprightWithoutItsExif() {
		// Orientation 6: the camera was turned a quarter; the pixels are stored lying.
		byte[] photo = TestImages.jpegWithGps(800, 600, 6);
		assertThat(ExifOrientation.of(photo, FileKind.JPEG)).isEqualTo(6);
		List<ImageFiles.Variant> variants = ImageFiles.renditions(photo, FileKind.JPEG,
				ImageFiles.size(photo, FileKind.JPEG));
		ImageFiles.Variant largest = variants.get(variants.size() - 1);
		assertThat(largest.width()).isEqualTo(600);
		assertThat(largest.height()).isEqualTo(800);
	}

	@Test
	void aJpegHtmlPolyglotLosesItsHtmlWhenReencoded() {
		byte[] polyglot = TestImages.polyglot();
		assertThat(TestImages.contains(polyglot, "<script>")).isTrue();
		FileKind kind = ImageFiles.kind(polyglot);
		List<ImageFiles.Variant> variants = ImageFiles.renditions(polyglot, kind, ImageFiles.size(polyglot, kind));
		assertThat(variants).isNotEmpty().allSatisfy((variant) -> {
			assertThat(TestImages.contains(variant.data(), "<script")).isFalse();
			assertThat(TestImages.contains(variant.data(), "html")).isFalse();
			assertThat(variant.contentType()).isEqualTo("image/jpeg");
		});
	}

	@Test
	void webpIsReadAndServedAsJpegOrPng() {
		byte[] webp = TestImages.webp();
		ImageFiles.Size size = ImageFiles.size(webp, FileKind.WEBP);
		assertThat(size).isEqualTo(new ImageFiles.Size(1, 1));
		List<ImageFiles.Variant> variants = ImageFiles.renditions(webp, FileKind.WEBP, size);
		assertThat(variants).singleElement().satisfies((variant) -> {
			assertThat(variant.width()).isEqualTo(1);
			assertThat(variant.contentType()).isIn("image/jpeg", "image/png");
		});
	}

	@Test
	void aTruncatedImageIsRefusedNotAFiveHundred() {
		byte[] png = TestImages.png(200, 200);
		byte[] cut = java.util.Arrays.copyOf(png, 40);
		FileKind kind = ImageFiles.kind(cut);
		assertThatThrownBy(() -> ImageFiles.renditions(cut, kind, ImageFiles.size(cut, kind)))
			.isInstanceOf(UploadRefused.class)
			.extracting((ex) -> ((UploadRefused) ex).key())
			.isEqualTo("media.upload.unreadable");
	}

	@Test
	void widthsStopAtTheImagesOwnWidth() {
		assertThat(ImageFiles.widths(3000)).containsExactly(320, 640, 960, 1600);
		assertThat(ImageFiles.widths(1000)).containsExactly(320, 640, 960, 1000);
		assertThat(ImageFiles.widths(200)).containsExactly(200);
		assertThat(ImageFiles.widths(320)).containsExactly(320);
	}

	@Test
	void aPdfMustParseAndMayNotCarryJavaScript() throws Exception {
		assertThat(PdfFiles.check(pdf(false))).isEqualTo(1);
		assertThatThrownBy(() -> PdfFiles.check(pdf(true))).isInstanceOf(UploadRefused.class)
			.extracting((ex) -> ((UploadRefused) ex).key())
			.isEqualTo("media.upload.pdf-script");
		assertThatThrownBy(() -> PdfFiles.check("%PDF-1.4\n<html>not a pdf</html>".getBytes()))
			.isInstanceOf(UploadRefused.class)
			.extracting((ex) -> ((UploadRefused) ex).key())
			.isEqualTo("media.upload.pdf-unreadable");
	}

	static byte[] pdf(boolean script) throws Exception {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			if (script) {
				document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hoi')"));
			}
			document.save(out);
			return out.toByteArray();
		}
	}

}
