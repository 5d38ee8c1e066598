package nl.bewonersplein.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** Files made for the media tests: real images, and the hostile ones. */
final class TestImages {

	/** A place in the EXIF block of {@link #jpegWithGps}: Utrecht, Domtoren. */
	static final String GPS_NOTE = "GPS 52.0907 N 5.1214 E Domplein";

	private TestImages() {
	}

	static BufferedImage drawing(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0x1f5f8b));
		g.fillRect(0, 0, width, height);
		g.setColor(new Color(0xf2b705));
		g.fillOval(width / 4, height / 4, width / 2, height / 2);
		g.dispose();
		return image;
	}

	static byte[] png(int width, int height) {
		return ImageFiles.png(drawing(width, height));
	}

	static byte[] jpeg(int width, int height) {
		return ImageFiles.jpeg(drawing(width, height));
	}

	/**
	 * A JPEG with an EXIF block holding a GPS position (GPSLatitudeRef N, latitude 52° 5'
	 * 26"), the orientation and a maker note with {@link #GPS_NOTE}.
	 */
	static byte[] jpegWithGps(int width, int height, int orientation) {
		byte[] jpeg = jpeg(width, height);
		ByteBuffer tiff = ByteBuffer.allocate(256);
		tiff.put(new byte[] { 'M', 'M', 0, 42 }).putInt(8);
		// IFD0 at 8: 3 entries.
		tiff.putShort((short) 3);
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(62);
		tiff.putShort((short) 0x010E).putShort((short) 2).putInt(GPS_NOTE.length() + 1).putInt(120);
		tiff.putInt(0);
		// GPS IFD at 62: 2 entries.
		tiff.position(62);
		tiff.putShort((short) 2);
		tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] { 'N', 0, 0, 0 });
		tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(90);
		tiff.putInt(0);
		tiff.position(90);
		tiff.putInt(52).putInt(1).putInt(5).putInt(1).putInt(26).putInt(1);
		tiff.position(120);
		tiff.put(GPS_NOTE.getBytes(StandardCharsets.US_ASCII)).put((byte) 0);
		int tiffLength = tiff.position();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2);
		int length = 2 + 6 + tiffLength;
		out.write(0xFF);
		out.write(0xE1);
		out.write(length >> 8);
		out.write(length & 0xFF);
		out.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
		out.write(tiff.array(), 0, tiffLength);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

	/**
	 * A JPEG that is also an HTML page: a comment segment with a script, and HTML after
	 * the end of the image. Browsers that sniff could run it.
	 */
	static byte[] polyglot() {
		byte[] jpeg = jpeg(400, 300);
		byte[] comment = "<html><body><script>alert('polyglot')</script>".getBytes(StandardCharsets.US_ASCII);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2);
		out.write(0xFF);
		out.write(0xFE);
		out.write((comment.length + 2) >> 8);
		out.write((comment.length + 2) & 0xFF);
		out.writeBytes(comment);
		out.write(jpeg, 2, jpeg.length - 2);
		out.writeBytes("<script>document.write('owned')</script></body></html>".getBytes(StandardCharsets.US_ASCII));
		return out.toByteArray();
	}

	/**
	 * A PNG of a few hundred bytes whose header claims 30,000 × 30,000 pixels: decoding
	 * it would take 2.7 GB.
	 */
	static byte[] pngBomb() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });
		ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(30_000).putInt(30_000);
		ihdr.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
		chunk(out, "IHDR", ihdr.array());
		// A first row of zeros, deflated: a real bomb would go on for 2.7 GB.
		Deflater deflater = new Deflater(9);
		deflater.setInput(new byte[90_001]);
		deflater.finish();
		byte[] buffer = new byte[1024];
		int n = deflater.deflate(buffer);
		byte[] idat = java.util.Arrays.copyOf(buffer, n);
		chunk(out, "IDAT", idat);
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		out.writeBytes(name);
		out.writeBytes(data);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	static byte[] svgWithScript() {
		return ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
				+ "<script>alert(document.cookie)</script><rect width=\"10\" height=\"10\"/></svg>")
			.getBytes(StandardCharsets.UTF_8);
	}

	static byte[] html() {
		return "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
			.getBytes(StandardCharsets.UTF_8);
	}

	/** A 1 × 1 lossless WebP. */
	static byte[] webp() {
		return java.util.Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
	}

	static boolean contains(byte[] haystack, String needle) {
		return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
	}

}
