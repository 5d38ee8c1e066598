package nl.bewonersplein.media;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.util.Random;

import nl.bewonersplein.media.Illustrations.Palette;

/**
 * The shapes the {@link Illustrations} are made of: flat houses, trees, people, a sun.
 * Colours that vary come from the scene's seeded random, so a scene is always drawn the
 * same.
 */
final class Sketch {

	final Graphics2D g;

	final Random random;

	Sketch(Graphics2D g, Random random) {
		this.g = g;
		this.random = random;
	}

	Color pick(Color[] colours) {
		return colours[this.random.nextInt(colours.length)];
	}

	void fill(Color colour, double x, double y, double w, double h) {
		this.g.setColor(colour);
		this.g.fill(new java.awt.geom.Rectangle2D.Double(x, y, w, h));
	}

	void round(Color colour, double x, double y, double w, double h, double r) {
		this.g.setColor(colour);
		this.g.fill(new RoundRectangle2D.Double(x, y, w, h, r, r));
	}

	void circle(Color colour, double cx, double cy, double r) {
		this.g.setColor(colour);
		this.g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
	}

	void polygon(Color colour, double... points) {
		Path2D.Double path = new Path2D.Double();
		path.moveTo(points[0], points[1]);
		for (int i = 2; i < points.length; i += 2) {
			path.lineTo(points[i], points[i + 1]);
		}
		path.closePath();
		this.g.setColor(colour);
		this.g.fill(path);
	}

	void line(Color colour, double width, double x1, double y1, double x2, double y2) {
		this.g.setColor(colour);
		this.g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		this.g.draw(new java.awt.geom.Line2D.Double(x1, y1, x2, y2));
	}

	/** Sky with a sun and a soft ground line. */
	void sky(Color ground, double horizon) {
		fill(Palette.SKY, 0, 0, Illustrations.WIDTH, horizon);
		fill(ground, 0, horizon, Illustrations.WIDTH, Illustrations.HEIGHT - horizon);
	}

	void sun(double cx, double cy, double r) {
		this.g.setColor(new Color(0xf2, 0xb7, 0x05, 70));
		this.g.fill(new Ellipse2D.Double(cx - r * 1.6, cy - r * 1.6, r * 3.2, r * 3.2));
		circle(Palette.ACCENT, cx, cy, r);
	}

	void cloud(double x, double y, double s) {
		circle(Palette.WHITE, x, y, 28 * s);
		circle(Palette.WHITE, x + 34 * s, y - 14 * s, 36 * s);
		circle(Palette.WHITE, x + 72 * s, y, 26 * s);
		round(Palette.WHITE, x - 10 * s, y - 4 * s, 104 * s, 30 * s, 30 * s);
	}

	/** A terraced house with a gable, standing on {@code base}. */
	void house(double x, double base, double w, double h, Color wall) {
		fill(wall, x, base - h, w, h);
		Color roof = darker(wall, 0.7);
		int gable = this.random.nextInt(3);
		if (gable == 0) {
			polygon(roof, x - 6, base - h, x + w / 2, base - h - w * 0.55, x + w + 6, base - h);
		}
		else if (gable == 1) {
			polygon(wall, x, base - h, x + w * 0.2, base - h - w * 0.25, x + w * 0.8, base - h - w * 0.25, x + w,
					base - h);
			fill(roof, x + w * 0.2, base - h - w * 0.3, w * 0.6, w * 0.06);
		}
		else {
			fill(roof, x - 4, base - h - 14, w + 8, 16);
		}
		double ww = w * 0.24;
		for (double wy = base - h + 24; wy < base - 110; wy += 82) {
			window(x + w * 0.14, wy, ww, 52);
			window(x + w * 0.62, wy, ww, 52);
		}
		round(Palette.BRAND_DARK, x + w * 0.38, base - 96, w * 0.24, 96, 10);
		circle(Palette.ACCENT, x + w * 0.57, base - 48, 3.5);
	}

	void window(double x, double y, double w, double h) {
		fill(Palette.WHITE, x - 4, y - 4, w + 8, h + 8);
		fill(new Color(0xa9cbe2), x, y, w, h);
		line(Palette.WHITE, 3, x + w / 2, y, x + w / 2, y + h);
	}

	/** A round tree on a trunk, standing on {@code base}. */
	void tree(double x, double base, double s) {
		fill(new Color(0x7a5a3a), x - 7 * s, base - 70 * s, 14 * s, 70 * s);
		circle(Palette.GREEN_DARK, x, base - 100 * s, 46 * s);
		circle(Palette.GREEN, x - 18 * s, base - 110 * s, 32 * s);
		circle(Palette.GREEN, x + 16 * s, base - 92 * s, 28 * s);
	}

	/**
	 * A person, seen from the front: head, hair and a rounded body, feet on {@code base}
	 * (seated: the body only, to sit behind a table).
	 */
	void person(double x, double base, double s, boolean seated) {
		Color clothes = pick(Palette.LIVELY);
		Color skin = pick(Palette.SKIN);
		Color hair = pick(new Color[] { new Color(0x2b2118), new Color(0x6b4a2b), new Color(0xd9b26a),
				new Color(0x8a8a8a), new Color(0x1b1b1b) });
		double bodyH = (seated ? 90 : 150) * s;
		double top = base - bodyH;
		if (!seated) {
			fill(Palette.BRAND_DARK, x - 22 * s, base - 70 * s, 18 * s, 70 * s);
			fill(Palette.BRAND_DARK, x + 4 * s, base - 70 * s, 18 * s, 70 * s);
			top = base - 70 * s - 90 * s;
			bodyH = 100 * s;
		}
		round(clothes, x - 36 * s, top, 72 * s, bodyH, 44 * s);
		double headY = top - 30 * s;
		circle(hair, x, headY - 4 * s, 31 * s);
		circle(skin, x, headY + 2 * s, 27 * s);
		if (this.random.nextBoolean()) {
			// Long hair falls beside the face.
			fill(hair, x - 31 * s, headY - 4 * s, 10 * s, 40 * s);
			fill(hair, x + 21 * s, headY - 4 * s, 10 * s, 40 * s);
		}
		circle(Palette.BRAND_DARK, x - 9 * s, headY, 2.8 * s);
		circle(Palette.BRAND_DARK, x + 9 * s, headY, 2.8 * s);
		this.g.setColor(Palette.BRAND_DARK);
		this.g.setStroke(new BasicStroke((float) (2.5 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		this.g.draw(new java.awt.geom.Arc2D.Double(x - 9 * s, headY + 4 * s, 18 * s, 12 * s, 200, 140,
				java.awt.geom.Arc2D.OPEN));
	}

	/** A cup with a saucer, standing on {@code base}. */
	void cup(double x, double base, Color colour) {
		round(Palette.WHITE, x - 20, base - 5, 40, 7, 6);
		round(colour, x - 13, base - 30, 26, 27, 8);
		this.g.setColor(colour);
		this.g.setStroke(new BasicStroke(4));
		this.g.draw(new Ellipse2D.Double(x + 9, base - 25, 12, 12));
	}

	/** A string of little flags between two points. */
	void bunting(double x1, double y1, double x2, double y2) {
		line(Palette.BRAND_DARK, 2, x1, y1, x2, y2);
		int flags = (int) (Math.abs(x2 - x1) / 46);
		for (int i = 0; i < flags; i++) {
			double t = (i + 0.5) / flags;
			double x = x1 + (x2 - x1) * t;
			double y = y1 + (y2 - y1) * t + Math.sin(t * Math.PI) * 26;
			polygon(Palette.LIVELY[i % Palette.LIVELY.length], x - 16, y, x + 16, y, x, y + 34);
		}
	}

	static Color darker(Color colour, double factor) {
		return new Color((int) (colour.getRed() * factor), (int) (colour.getGreen() * factor),
				(int) (colour.getBlue() * factor));
	}

	static Color lighter(Color colour, double amount) {
		return new Color((int) (colour.getRed() + (255 - colour.getRed()) * amount),
				(int) (colour.getGreen() + (255 - colour.getGreen()) * amount),
				(int) (colour.getBlue() + (255 - colour.getBlue()) * amount));
	}

}
