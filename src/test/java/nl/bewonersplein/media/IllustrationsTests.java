package nl.bewonersplein.media;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's illustrations: drawn by our code the same on every start, in the widths the
 * library serves, each a real picture (many colours, no empty canvas) with a Dutch text
 * alternative, and no two scenes alike.
 */
class IllustrationsTests {

	@ParameterizedTest
	@EnumSource(Illustrations.Scene.class)
	void aSceneIsDrawnTheSameEveryTimeInTheLibrarysWidths(Illustrations.Scene scene) {
		List<ImageFiles.Variant> first = Illustrations.renditions(scene);
		List<ImageFiles.Variant> second = Illustrations.renditions(scene);
		assertThat(first).extracting(ImageFiles.Variant::width).containsExactly(320, 640, 960);
		assertThat(first).extracting(ImageFiles.Variant::height).containsExactly(213, 427, 640);
		for (int i = 0; i < first.size(); i++) {
			assertThat(first.get(i).data()).isEqualTo(second.get(i).data());
			assertThat(ImageFiles.kind(first.get(i).data())).isEqualTo(FileKind.PNG);
		}
	}

	@ParameterizedTest
	@EnumSource(Illustrations.Scene.class)
	void aSceneIsAPictureWithADutchDescription(Illustrations.Scene scene) {
		BufferedImage image = Illustrations.draw(scene, 320);
		Set<Integer> colours = new HashSet<>();
		int[] histogram = new int[1 << 12];
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int rgb = image.getRGB(x, y) & 0xffffff;
				colours.add(rgb);
				histogram[((rgb >> 12) & 0xf00) | ((rgb >> 8) & 0xf0) | ((rgb >> 4) & 0xf)]++;
			}
		}
		assertThat(colours).as("colours in " + scene).hasSizeGreaterThan(20);
		int largest = Arrays.stream(histogram).max().orElseThrow();
		assertThat(largest).as("share of the commonest colour in " + scene)
			.isLessThan(image.getWidth() * image.getHeight() * 6 / 10);
		assertThat(scene.alt()).startsWith("Getekend").hasSizeGreaterThan(40);
		assertThat(scene.caption()).isNotBlank();
		assertThat(scene.fileName()).matches("illustratie-[a-z]+\\.png");
	}

	@Test
	void noTwoScenesAreAlike() {
		Set<String> fingerprints = new HashSet<>();
		for (Illustrations.Scene scene : Illustrations.Scene.values()) {
			fingerprints.add(Arrays.toString(Illustrations.renditions(scene).get(0).data()));
		}
		assertThat(fingerprints).hasSize(Illustrations.Scene.values().length);
	}

}
