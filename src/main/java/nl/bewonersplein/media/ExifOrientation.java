package nl.bewonersplein.media;

/**
 * Reads the orientation tag (0x0112) from a JPEG's EXIF block, so that re-encoding, which
 * drops the EXIF block, can turn the pixels the way the camera meant. Any surprise in the
 * block reads as "not turned".
 */
final class ExifOrientation {

	private ExifOrientation() {
	}

	/** The orientation 1–8, or 1 when there is none or it cannot be read. */
	static int of(byte[] bytes, FileKind kind) {
		if (kind != FileKind.JPEG) {
			return 1;
		}
		try {
			int i = 2;
			while (i + 4 < bytes.length && (bytes[i] & 0xFF) == 0xFF) {
				int marker = bytes[i + 1] & 0xFF;
				int length = u16(bytes, i + 2, true);
				if (marker == 0xDA || length < 2) {
					return 1;
				}
				if (marker == 0xE1 && i + 10 < bytes.length && bytes[i + 4] == 'E' && bytes[i + 5] == 'x'
						&& bytes[i + 6] == 'i' && bytes[i + 7] == 'f') {
					return orientation(bytes, i + 10);
				}
				i += 2 + length;
			}
		}
		catch (ArrayIndexOutOfBoundsException ex) {
			return 1;
		}
		return 1;
	}

	private static int orientation(byte[] bytes, int tiff) {
		boolean big = bytes[tiff] == 'M';
		int ifd = tiff + (int) u32(bytes, tiff + 4, big);
		int entries = u16(bytes, ifd, big);
		for (int e = 0; e < entries && e < 500; e++) {
			int entry = ifd + 2 + e * 12;
			if (u16(bytes, entry, big) == 0x0112) {
				int value = u16(bytes, entry + 8, big);
				return (value >= 1 && value <= 8) ? value : 1;
			}
		}
		return 1;
	}

	private static int u16(byte[] b, int i, boolean big) {
		return big ? ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF) : ((b[i + 1] & 0xFF) << 8) | (b[i] & 0xFF);
	}

	private static long u32(byte[] b, int i, boolean big) {
		return big ? ((long) u16(b, i, true) << 16) | u16(b, i + 2, true)
				: ((long) u16(b, i + 2, false) << 16) | u16(b, i, false);
	}

}
