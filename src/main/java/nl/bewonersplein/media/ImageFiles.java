package nl.bewonersplein.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Semaphore;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Checks an uploaded image and makes the files the site serves from it. The checks come
 * before any pixel is decoded: the kind from the first bytes, the size in bytes, then the
 * width and height from the header, so a small file that claims 30,000 × 30,000 pixels (a
 * decompression bomb) is refused without allocating them. What passes is decoded and
 * re-encoded at a few widths: the new files hold pixels only, so EXIF data (GPS position,
 * camera), comments and anything appended to the file (an HTML polyglot) are gone. The
 * EXIF orientation is applied first, so phone photos stand upright.
 */
final class ImageFiles {

	/** The largest file accepted, in bytes. */
	static final long MAX_BYTES = 10L * 1024 * 1024;

	/** The most pixels an image may have (width × height). */
	static final long MAX_PIXELS = 40_000_000L;

	/** The widths made of every image, as far as it is wide enough. */
	static final int[] WIDTHS = { 320, 640, 960, 1600 };

	private static final float JPEG_QUALITY = 0.85f;

	/** Decoding takes memory: at most two at a time per app node. */
	private static final Semaphore DECODING = new Semaphore(2);

	private ImageFiles() {
	}

	/**
	 * What a file is, refused if it is none of JPEG, PNG, WebP and PDF, or too large.
	 * @throws UploadRefused with the reason
	 */
	static FileKind kind(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw new UploadRefused("media.upload.empty");
		}
		if (bytes.length > MAX_BYTES) {
			throw new UploadRefused("media.upload.too-large", megabytes(bytes.length), megabytes(MAX_BYTES));
		}
		return FileKind.sniff(bytes).orElseThrow(() -> new UploadRefused("media.upload.wrong-kind"));
	}

	/**
	 * The width and height an image's header states, read without decoding it.
	 * @throws UploadRefused if it cannot be read or has too many pixels
	 */
	static Size size(byte[] bytes, FileKind kind) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			ImageReader reader = reader(kind);
			try {
				reader.setInput(in, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if (width < 1 || height < 1) {
					throw new UploadRefused("media.upload.unreadable");
				}
				if ((long) width * height > MAX_PIXELS) {
					throw new UploadRefused("media.upload.too-many-pixels", width, height, MAX_PIXELS / 1_000_000);
				}
				return new Size(width, height);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof UploadRefused refused) {
				throw refused;
			}
			throw new UploadRefused("media.upload.unreadable");
		}
	}

	/**
	 * Decodes a checked image and encodes it again at each width of {@link #WIDTHS} it
	 * reaches (and at its own width if that is smaller than the largest): PNG for a PNG
	 * or an image with transparency, JPEG otherwise.
	 * @throws UploadRefused if the pixels cannot be decoded
	 */
	static List<Variant> renditions(byte[] bytes, FileKind kind, Size size) {
		DECODING.acquireUninterruptibly();
		try {
			BufferedImage image = upright(decode(bytes, kind, size), ExifOrientation.of(bytes, kind));
			boolean png = kind == FileKind.PNG || image.getColorModel().hasAlpha();
			List<Variant> variants = new ArrayList<>();
			for (int width : widths(image.getWidth())) {
				BufferedImage scaled = scale(image, width);
				variants.add(new Variant(scaled.getWidth(), scaled.getHeight(), png ? "image/png" : "image/jpeg",
						png ? png(scaled) : jpeg(scaled)));
			}
			return variants;
		}
		finally {
			DECODING.release();
		}
	}

	/** The widths made of an image this wide. */
	static List<Integer> widths(int imageWidth) {
		List<Integer> widths = new ArrayList<>();
		for (int width : WIDTHS) {
			if (width < imageWidth) {
				widths.add(width);
			}
		}
		int largest = Math.min(imageWidth, WIDTHS[WIDTHS.length - 1]);
		if (!widths.contains(largest)) {
			widths.add(largest);
		}
		return widths;
	}

	private static BufferedImage decode(byte[] bytes, FileKind kind, Size size) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			ImageReader reader = reader(kind);
			try {
				reader.setInput(in, true, true);
				ImageReadParam param = reader.getDefaultReadParam();
				// Decode no more than twice the largest width we make: less memory.
				int step = Math.max(1, Math.max(size.width(), size.height()) / (2 * WIDTHS[WIDTHS.length - 1]));
				if (step > 1) {
					param.setSourceSubsampling(step, step, 0, 0);
				}
				BufferedImage decoded = reader.read(0, param);
				return standard(decoded);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			throw new UploadRefused("media.upload.unreadable");
		}
	}

	private static ImageReader reader(FileKind kind) {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(kind.contentType());
		if (!readers.hasNext()) {
			readers = ImageIO.getImageReadersByFormatName(kind.extension());
		}
		if (!readers.hasNext()) {
			throw new IllegalStateException("No ImageIO reader for " + kind);
		}
		return readers.next();
	}

	/** The pixels as plain (A)RGB, whatever colour model the file had. */
	private static BufferedImage standard(BufferedImage image) {
		int type = image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
		if (image.getType() == type) {
			return image;
		}
		BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), type);
		Graphics2D g = copy.createGraphics();
		g.drawImage(image, 0, 0, null);
		g.dispose();
		return copy;
	}

	/** The image turned as its EXIF orientation (1–8) says. */
	static BufferedImage upright(BufferedImage image, int orientation) {
		if (orientation <= 1 || orientation > 8) {
			return image;
		}
		int w = image.getWidth();
		int h = image.getHeight();
		boolean swap = orientation >= 5;
		AffineTransform t = new AffineTransform();
		switch (orientation) {
			case 2 -> t.scale(-1, 1);
			case 3 -> t.rotate(Math.PI);
			case 4 -> t.scale(1, -1);
			case 5 -> {
				t.rotate(Math.PI / 2);
				t.scale(1, -1);
			}
			case 6 -> t.rotate(Math.PI / 2);
			case 7 -> {
				t.rotate(-Math.PI / 2);
				t.scale(1, -1);
			}
			default -> t.rotate(-Math.PI / 2);
		}
		// Move the turned image back into view.
		java.awt.geom.Rectangle2D bounds = t.createTransformedShape(new java.awt.Rectangle(0, 0, w, h)).getBounds2D();
		AffineTransform shift = AffineTransform.getTranslateInstance(-bounds.getX(), -bounds.getY());
		shift.concatenate(t);
		BufferedImage turned = new BufferedImage(swap ? h : w, swap ? w : h, image.getType());
		Graphics2D g = turned.createGraphics();
		g.drawImage(image, shift, null);
		g.dispose();
		return turned;
	}

	/** Scaled down to a width in halving steps (smooth without a library). */
	static BufferedImage scale(BufferedImage image, int width) {
		BufferedImage current = image;
		while (current.getWidth() > width) {
			int next = Math.max(width, current.getWidth() / 2);
			int height = Math.max(1, (int) Math.round((double) image.getHeight() * next / image.getWidth()));
			BufferedImage smaller = new BufferedImage(next, height, image.getType());
			Graphics2D g = smaller.createGraphics();
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.drawImage(current, 0, 0, next, height, null);
			g.dispose();
			current = smaller;
		}
		return current;
	}

	static byte[] png(BufferedImage image) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] jpeg(BufferedImage image) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		try (ByteArrayOutputStream out = new ByteArrayOutputStream();
				ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(stream);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(JPEG_QUALITY);
			param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
			writer.write(null, new IIOImage(image, null, null), param);
			stream.flush();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
	}

	private static String megabytes(long bytes) {
		return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0)).replace('.', ',');
	}

	/** Width and height in pixels. */
	record Size(int width, int height) {
	}

	/** One file made from an image (or the checked PDF, with width 0). */
	record Variant(int width, int height, String contentType, byte[] data) {
	}

}
