package nl.bewonersplein.media;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A small PNG writer for the {@link Illustrations}: RGB, one filter for every row and the
 * fastest compression. Flat colours compress well anyway, and the demo's images are drawn
 * at start-up, where the standard writer's search for the best filter per row costs
 * seconds.
 */
final class FastPng {

	private static final byte[] SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	/** The "Sub" filter: each byte minus the one a pixel to its left. */
	private static final byte SUB = 1;

	private FastPng() {
	}

	static byte[] encode(BufferedImage image) {
		int width = image.getWidth();
		int height = image.getHeight();
		int[] pixels = pixels(image);
		byte[] line = new byte[1 + width * 3];
		Deflater deflater = new Deflater(Deflater.BEST_SPEED);
		ByteArrayOutputStream compressed = new ByteArrayOutputStream(width * height / 4);
		byte[] buffer = new byte[64 * 1024];
		try {
			for (int y = 0; y < height; y++) {
				line[0] = SUB;
				int left = 0;
				int start = y * width;
				for (int x = 0; x < width; x++) {
					int rgb = pixels[start + x];
					int i = 1 + x * 3;
					line[i] = (byte) ((rgb >> 16) - (left >> 16));
					line[i + 1] = (byte) ((rgb >> 8) - (left >> 8));
					line[i + 2] = (byte) (rgb - left);
					left = rgb;
				}
				deflater.setInput(line);
				while (!deflater.needsInput()) {
					compressed.write(buffer, 0, deflater.deflate(buffer));
				}
			}
			deflater.finish();
			while (!deflater.finished()) {
				compressed.write(buffer, 0, deflater.deflate(buffer));
			}
		}
		finally {
			deflater.end();
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream(compressed.size() + 64);
		png.writeBytes(SIGNATURE);
		chunk(png, "IHDR",
				ByteBuffer.allocate(13).putInt(width).putInt(height).put(new byte[] { 8, 2, 0, 0, 0 }).array());
		chunk(png, "IDAT", compressed.toByteArray());
		chunk(png, "IEND", new byte[0]);
		return png.toByteArray();
	}

	/** The pixels as 0xRRGGBB, read straight from the raster when it holds them so. */
	private static int[] pixels(BufferedImage image) {
		if (image.getType() == BufferedImage.TYPE_INT_RGB
				&& image.getRaster().getDataBuffer() instanceof DataBufferInt buffer && buffer.getNumBanks() == 1
				&& image.getRaster().getParent() == null) {
			return buffer.getData();
		}
		return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		out.writeBytes(name);
		out.writeBytes(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

}
