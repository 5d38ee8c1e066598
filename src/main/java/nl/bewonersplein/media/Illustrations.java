package nl.bewonersplein.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Flat illustrations drawn by our own code, in the site's colours, for the demo content:
 * a street, neighbours at a table, a community garden, a map of a neighbourhood and more.
 * The same scene and variant always give the same pixels (a fixed seed), so the demo is
 * the same on every start; nothing is downloaded or copied. Each scene carries the Dutch
 * text alternative and caption it goes into the library with.
 */
public final class Illustrations {

	/** Width the scenes are drawn in (their coordinates); 3 : 2, the shape of cards. */
	static final int WIDTH = 1200;

	/** Height the scenes are drawn in. */
	static final int HEIGHT = 800;

	/** The widths the library gets: enough for an article's header at 44rem. */
	static final int[] WIDTHS = { 320, 640, 960 };

	private Illustrations() {
	}

	/**
	 * A scene to draw.
	 */
	public enum Scene {

		/** A street of Dutch terraced houses with trees. */
		STREET("Getekende straat met rijtjeshuizen in verschillende kleuren, bomen en een zon",
				"Een straat waar buren elkaar kennen"),

		/** Neighbours around a table with cups and bunting. */
		TABLE("Getekende buren rond een lange tafel met koffiekopjes, onder een slinger met vlaggetjes",
				"Samen aan tafel: zo begint contact"),

		/** A community garden behind flats. */
		GARDEN("Getekende buurtmoestuin met plantenbakken, een gieter en een flat op de achtergrond",
				"Een moestuin die de buurt samen onderhoudt"),

		/** A neighbourhood seen from above, with pins. */
		MAP("Getekende plattegrond van een wijk met straten, een park, een gracht en markeringen",
				"Initiatieven in de wijk op de kaart"),

		/** A community centre with people at the door. */
		CENTRE("Getekend buurthuis met open deur, een vlag en mensen die naar binnen gaan",
				"Het buurthuis als plek voor iedereen"),

		/** Houses with solar panels and a wind turbine. */
		ENERGY("Getekende huizen met zonnepanelen op het dak, een windmolen en een stralende zon",
				"Samen energie besparen in de straat"),

		/** Two neighbours on a bench before a front door. */
		BENCH("Getekende bank voor een voordeur met twee buren die praten en bloempotten ernaast",
				"Een bankje voor de deur nodigt uit tot een praatje"),

		/** Three neighbours chatting on the pavement. */
		NEIGHBOURS("Getekende buren die op de stoep met elkaar praten, met rijtjeshuizen en bomen erachter",
				"Buren die elkaar leren kennen");

		private final String alt;

		private final String caption;

		Scene(String alt, String caption) {
			this.alt = alt;
			this.caption = caption;
		}

		/** The Dutch text alternative. */
		public String alt() {
			return this.alt;
		}

		/** A Dutch caption. */
		public String caption() {
			return this.caption;
		}

		/** A file name for the library. */
		public String fileName() {
			return "illustratie-" + name().toLowerCase(java.util.Locale.ROOT) + ".png";
		}

	}

	/** Draws a scene {@code width} pixels wide (3 : 2), without transparency. */
	public static BufferedImage draw(Scene scene, int width) {
		BufferedImage image = new BufferedImage(width, width * HEIGHT / WIDTH, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.scale(width / (double) WIDTH, width / (double) WIDTH);
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
			Random random = new Random(scene.ordinal() * 7919L + 17);
			Sketch sketch = new Sketch(g, random);
			switch (scene) {
				case STREET -> Scenes.street(sketch);
				case TABLE -> Scenes.table(sketch);
				case GARDEN -> Scenes.garden(sketch);
				case MAP -> Scenes.map(sketch);
				case CENTRE -> Scenes.centre(sketch);
				case ENERGY -> Scenes.energy(sketch);
				case BENCH -> Scenes.bench(sketch);
				case NEIGHBOURS -> Scenes.neighbours(sketch);
			}
		}
		finally {
			g.dispose();
		}
		return image;
	}

	/**
	 * The files the library serves of a scene: a PNG at each of {@link #WIDTHS}, drawn
	 * once at the largest and scaled down for the others.
	 */
	static List<ImageFiles.Variant> renditions(Scene scene) {
		BufferedImage largest = draw(scene, WIDTHS[WIDTHS.length - 1]);
		List<ImageFiles.Variant> variants = new ArrayList<>();
		for (int width : WIDTHS) {
			BufferedImage image = ImageFiles.scale(largest, width);
			variants
				.add(new ImageFiles.Variant(image.getWidth(), image.getHeight(), "image/png", FastPng.encode(image)));
		}
		return variants;
	}

	/** The site's palette (see {@code site.css}) and a few colours that go with it. */
	static final class Palette {

		static final Color BRAND = new Color(0x1f5f8b);

		static final Color BRAND_DARK = new Color(0x143f5c);

		static final Color ACCENT = new Color(0xf2b705);

		static final Color SOFT = new Color(0xf3f5f7);

		static final Color SKY = new Color(0xdcebf5);

		static final Color GREEN = new Color(0x4f9a64);

		static final Color GREEN_DARK = new Color(0x2f6b43);

		static final Color BRICK = new Color(0xc8643f);

		static final Color SAND = new Color(0xe9d8b4);

		static final Color STREET = new Color(0x9aa5ae);

		static final Color WHITE = Color.WHITE;

		/** Façades, clothes and cups: colours that stand apart but fit together. */
		static final Color[] LIVELY = { BRAND, ACCENT, BRICK, GREEN, new Color(0x7a5c99), new Color(0x2a8c8c),
				new Color(0xe58f6a) };

		/** Skin tones. */
		static final Color[] SKIN = { new Color(0xf1c9a5), new Color(0xd7a47c), new Color(0xa86f4c),
				new Color(0x7b4b2f), new Color(0xe8b48f) };

		private Palette() {
		}

	}

}
