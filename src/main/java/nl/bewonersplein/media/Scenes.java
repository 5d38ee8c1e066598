package nl.bewonersplein.media;

import java.awt.Color;

import nl.bewonersplein.media.Illustrations.Palette;

/** The scenes of the {@link Illustrations}, each drawn from {@link Sketch}'s shapes. */
final class Scenes {

	private static final int W = Illustrations.WIDTH;

	private static final int H = Illustrations.HEIGHT;

	private Scenes() {
	}

	static void street(Sketch s) {
		s.sky(Palette.STREET, 600);
		s.sun(980, 130, 60);
		s.cloud(160, 140, 1.1);
		s.cloud(620, 90, 0.8);
		double x = -20;
		while (x < W) {
			double w = 150 + s.random.nextInt(40);
			s.house(x, 600, w, 300 + s.random.nextInt(120), Sketch.lighter(s.pick(Palette.LIVELY), 0.15));
			x += w + 4;
		}
		s.fill(Palette.SOFT, 0, 600, W, 40);
		for (double dx = 40; dx < W; dx += 160) {
			s.fill(Palette.WHITE, dx, 715, 80, 10);
		}
		s.tree(110, 640, 1.2);
		s.tree(560, 640, 1.0);
		s.tree(1050, 640, 1.15);
		s.person(330, 700, 0.7, false);
		s.person(410, 705, 0.75, false);
		s.person(840, 700, 0.7, false);
	}

	static void table(Sketch s) {
		s.fill(new Color(0xe9dcc4), 0, 0, W, H);
		s.fill(Palette.SKY, 0, 0, W, 430);
		s.fill(Palette.SAND, 0, 430, W, 14);
		s.bunting(40, 50, W - 40, 50);
		s.round(Palette.WHITE, 110, 130, 260, 190, 16);
		s.fill(new Color(0xa9cbe2), 128, 148, 224, 154);
		s.round(Palette.WHITE, 830, 130, 260, 190, 16);
		s.fill(new Color(0xa9cbe2), 848, 148, 224, 154);
		s.tree(240, 300, 0.8);
		double[] seats = { 170, 342, 514, 686, 858, 1030 };
		for (double x : seats) {
			s.person(x, 585, 1.55, true);
		}
		s.round(Palette.BRICK, 50, 565, W - 100, 42, 12);
		s.fill(Sketch.darker(Palette.BRICK, 0.75), 100, 607, 26, 190);
		s.fill(Sketch.darker(Palette.BRICK, 0.75), W - 126, 607, 26, 190);
		for (double x : seats) {
			s.cup(x + 62, 567, s.pick(Palette.LIVELY));
		}
		// A pan of soup in the middle, with its lid.
		s.round(Palette.BRAND_DARK, 560, 505, 80, 62, 16);
		s.round(Palette.BRAND, 548, 497, 104, 16, 8);
		s.circle(Palette.BRAND_DARK, 600, 492, 8);
	}

	/** Three neighbours chatting on the pavement, houses behind them. */
	static void neighbours(Sketch s) {
		s.sky(Palette.STREET, 560);
		s.sun(1010, 120, 56);
		s.cloud(200, 110, 1.0);
		double x = -30;
		while (x < W) {
			double w = 170 + s.random.nextInt(40);
			s.house(x, 560, w, 320 + s.random.nextInt(80), Sketch.lighter(s.pick(Palette.LIVELY), 0.35));
			x += w + 4;
		}
		s.fill(Palette.SOFT, 0, 560, W, 240);
		for (double dx = 0; dx < W; dx += 120) {
			s.line(new Color(0xc9d1d9), 3, dx, 560, dx - 60, H);
		}
		s.tree(90, 600, 1.3);
		s.tree(1110, 600, 1.2);
		s.person(400, 770, 1.6, false);
		s.person(620, 780, 1.5, false);
		s.person(830, 770, 1.65, false);
		s.round(Palette.WHITE, 430, 250, 150, 90, 40);
		s.polygon(Palette.WHITE, 470, 330, 500, 330, 455, 375);
		for (int i = 0; i < 3; i++) {
			s.circle(Palette.BRAND, 470 + i * 36, 295, 9);
		}
		s.round(Palette.ACCENT, 720, 220, 130, 80, 40);
		s.polygon(Palette.ACCENT, 790, 290, 820, 290, 835, 335);
	}

	static void garden(Sketch s) {
		s.sky(new Color(0x8fbf7a), 470);
		s.sun(160, 140, 56);
		s.fill(new Color(0xc9d1d9), 620, 110, 480, 360);
		for (double y = 140; y < 440; y += 62) {
			for (double x = 650; x < 1080; x += 70) {
				s.window(x, y, 36, 36);
			}
		}
		s.fill(Palette.BRAND_DARK, 600, 100, 520, 14);
		for (double x = 0; x < W; x += 36) {
			s.fill(Palette.SAND, x, 420, 22, 70);
		}
		s.fill(Palette.SAND, 0, 440, W, 10);
		double[][] beds = { { 60, 560 }, { 430, 560 }, { 800, 560 }, { 250, 690 }, { 640, 690 } };
		for (double[] bed : beds) {
			s.round(new Color(0x8a5a36), bed[0], bed[1], 300, 70, 10);
			s.fill(new Color(0x5c3b22), bed[0] + 10, bed[1] + 8, 280, 18);
			for (double px = bed[0] + 30; px < bed[0] + 290; px += 44) {
				double h = 30 + s.random.nextInt(40);
				s.polygon(Palette.GREEN_DARK, px - 14, bed[1] + 10, px, bed[1] + 10 - h, px + 14, bed[1] + 10);
				s.circle(Palette.GREEN, px, bed[1] + 4 - h / 2, 12);
				if (s.random.nextInt(3) == 0) {
					s.circle(s.random.nextBoolean() ? Palette.BRICK : Palette.ACCENT, px + 8, bed[1] - h / 3, 8);
				}
			}
		}
		s.person(1080, 780, 0.85, false);
		s.round(Palette.BRAND, 970, 700, 60, 50, 12);
		s.polygon(Palette.BRAND, 1030, 715, 1075, 690, 1080, 700, 1030, 730);
		s.person(120, 780, 0.8, false);
	}

	static void map(Sketch s) {
		s.fill(new Color(0xeef1ec), 0, 0, W, H);
		// Blocks between the streets, some of them park.
		for (int row = 0; row < 5; row++) {
			for (int col = 0; col < 8; col++) {
				double x = 20 + col * 150;
				double y = 20 + row * 160;
				boolean park = (row == 1 && (col == 2 || col == 3)) || (row == 3 && col == 6);
				Color colour = park ? new Color(0xa8d5a2) : s.pick(new Color[] { new Color(0xdfe4ea),
						new Color(0xe8dccb), new Color(0xd9e2ec), new Color(0xe4e0d6) });
				s.round(colour, x, y, 126, 136, 10);
				if (park) {
					s.circle(Palette.GREEN, x + 40, y + 50, 16);
					s.circle(Palette.GREEN, x + 86, y + 90, 20);
				}
			}
		}
		// A canal crossing the neighbourhood.
		java.awt.geom.Path2D.Double canal = new java.awt.geom.Path2D.Double();
		canal.moveTo(-20, 560);
		canal.curveTo(300, 470, 700, 720, W + 20, 520);
		s.g.setColor(new Color(0x8ec3e6));
		s.g.setStroke(new java.awt.BasicStroke(48, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_ROUND));
		s.g.draw(canal);
		s.line(Palette.WHITE, 14, 0, 172, W, 172);
		s.line(Palette.ACCENT, 10, 595, 0, 595, H);
		double[][] pins = { { 250, 300 }, { 520, 150 }, { 700, 420 }, { 930, 250 }, { 1040, 600 }, { 380, 660 } };
		for (int i = 0; i < pins.length; i++) {
			pin(s, pins[i][0], pins[i][1], (i % 2 == 0) ? Palette.BRAND : Palette.BRICK);
		}
	}

	private static void pin(Sketch s, double x, double y, Color colour) {
		s.circle(new Color(0, 0, 0, 40), x, y + 4, 12);
		s.polygon(colour, x - 22, y - 46, x + 22, y - 46, x, y);
		s.circle(colour, x, y - 52, 26);
		s.circle(Palette.WHITE, x, y - 52, 10);
	}

	static void centre(Sketch s) {
		s.sky(Palette.STREET, 640);
		s.sun(1040, 120, 50);
		s.cloud(120, 120, 1.0);
		s.fill(Palette.BRICK, 260, 230, 680, 410);
		s.polygon(Palette.BRAND_DARK, 230, 240, 600, 110, 970, 240);
		s.fill(Palette.WHITE, 420, 268, 360, 54);
		s.fill(Palette.BRAND, 432, 280, 336, 30);
		for (double x = 300; x < 920; x += 120) {
			if (x < 540 || x > 660) {
				s.window(x, 360, 70, 90);
			}
		}
		s.round(Palette.ACCENT, 530, 470, 140, 170, 16);
		s.fill(new Color(0xfff1c2), 548, 488, 104, 152);
		s.line(Palette.BRAND_DARK, 6, 950, 250, 950, 90);
		s.polygon(Palette.ACCENT, 953, 92, 1030, 112, 953, 134);
		s.fill(Palette.SOFT, 0, 640, W, 30);
		s.tree(150, 660, 1.2);
		s.tree(1070, 660, 1.1);
		s.person(460, 760, 0.75, false);
		s.person(740, 760, 0.8, false);
		s.person(830, 770, 0.65, false);
		s.person(600, 720, 0.5, false);
	}

	static void energy(Sketch s) {
		s.sky(new Color(0x8fbf7a), 600);
		s.sun(200, 150, 70);
		for (int i = 0; i < 12; i++) {
			double a = i * Math.PI / 6;
			s.line(Palette.ACCENT, 6, 200 + Math.cos(a) * 100, 150 + Math.sin(a) * 100, 200 + Math.cos(a) * 130,
					150 + Math.sin(a) * 130);
		}
		// The wind turbine behind the houses.
		s.polygon(Palette.WHITE, 1000, 140, 1012, 140, 1020, 520, 992, 520);
		for (int i = 0; i < 3; i++) {
			double a = Math.PI / 2 + i * 2 * Math.PI / 3 + 0.3;
			s.line(Palette.WHITE, 14, 1006, 140, 1006 + Math.cos(a) * 150, 140 - Math.sin(a) * 150);
		}
		s.circle(Palette.BRAND_DARK, 1006, 140, 12);
		double[] xs = { 120, 400, 680 };
		for (double x : xs) {
			Color wall = Sketch.lighter(s.pick(Palette.LIVELY), 0.2);
			s.fill(wall, x, 400, 240, 220);
			s.polygon(Palette.BRAND_DARK, x - 20, 410, x + 120, 280, x + 260, 410);
			for (int p = 0; p < 3; p++) {
				double px = x + 30 + p * 62;
				s.polygon(Palette.BRAND, px, 395 - p * 0, px + 54, 395, px + 54 + 0, 370, px + 30, 330 + p * 0);
			}
			s.window(x + 30, 450, 60, 60);
			s.window(x + 150, 450, 60, 60);
			s.round(Palette.BRAND_DARK, x + 98, 520, 46, 100, 8);
		}
		s.fill(Palette.SOFT, 0, 620, W, 40);
		s.person(960, 760, 0.8, false);
		s.person(1060, 765, 0.75, false);
		s.tree(80, 700, 0.9);
	}

	static void bench(Sketch s) {
		s.fill(Palette.SOFT, 0, 0, W, H);
		s.fill(new Color(0xe9b79a), 0, 0, W, 620);
		for (double y = 20; y < 620; y += 40) {
			for (double x = ((y / 40) % 2 == 0) ? 0 : -40; x < W; x += 80) {
				s.fill(new Color(0xdca285), x + 2, y + 2, 76, 36);
			}
		}
		s.round(Palette.BRAND, 500, 160, 200, 460, 14);
		s.fill(new Color(0xa9cbe2), 530, 190, 140, 110);
		s.circle(Palette.ACCENT, 670, 420, 8);
		s.window(140, 200, 200, 180);
		s.window(860, 200, 200, 180);
		s.fill(Palette.STREET, 0, 620, W, 180);
		for (double x = 0; x < W; x += 100) {
			s.fill(new Color(0xa9b3bb), x + 4, 630, 92, 70);
		}
		// The bench: its back behind the two neighbours, its seat in front of them.
		s.round(new Color(0x8a5a36), 120, 470, 400, 22, 8);
		s.round(new Color(0x8a5a36), 120, 510, 400, 22, 8);
		s.person(230, 600, 1.45, true);
		s.person(410, 600, 1.45, true);
		s.round(new Color(0x8a5a36), 110, 590, 420, 30, 8);
		s.fill(Palette.BRAND_DARK, 135, 620, 18, 90);
		s.fill(Palette.BRAND_DARK, 487, 620, 18, 90);
		double[] pots = { 780, 900, 1020 };
		for (double x : pots) {
			s.polygon(Palette.BRICK, x - 40, 600, x + 40, 600, x + 30, 700, x - 30, 700);
			s.circle(Palette.GREEN, x, 570, 46);
			s.circle(Palette.GREEN_DARK, x - 20, 590, 24);
			s.circle(s.pick(new Color[] { Palette.ACCENT, Palette.WHITE, new Color(0xe58f6a) }), x + 14, 556, 12);
		}
	}

}
