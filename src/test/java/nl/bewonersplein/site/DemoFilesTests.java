package nl.bewonersplein.site;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo's text files: front matter, body, order, and a clear error for a typo. */
class DemoFilesTests {

	@Test
	void aFileHasItsFrontMatterAndItsBody() {
		DemoFiles.DemoFile file = DemoFiles.parse("content/articles/02-soep.md", """
				---
				title: Standpunt: houd buurthuizen open
				themes: zorg, zelfbeheer ,
				---

				## Kop

				Tekst.
				""");
		assertThat(file.field("title")).isEqualTo("Standpunt: houd buurthuizen open");
		assertThat(file.list("themes")).containsExactly("zorg", "zelfbeheer");
		assertThat(file.list("missing")).isEmpty();
		assertThat(file.body()).isEqualTo("## Kop\n\nTekst.\n");
		assertThat(file.folder()).isEqualTo("content/articles");
	}

	@Test
	void aMissingFieldOrFrontMatterNamesTheFile() {
		assertThatThrownBy(() -> DemoFiles.parse("a.md", "---\ntitle: x\n---\nbody").field("slug"))
			.hasMessageContaining("a.md")
			.hasMessageContaining("slug");
		assertThatThrownBy(() -> DemoFiles.parse("b.md", "no front matter")).hasMessageContaining("b.md");
		assertThatThrownBy(() -> DemoFiles.read("does-not-exist/*.md")).hasMessageContaining("does-not-exist");
	}

	@Test
	void theDemoArticlesLoadInTheOrderOfTheirFileNamesTheModelPageFirst() {
		List<DemoFiles.DemoFile> files = DemoFiles.read("content/articles/*.md");
		assertThat(files).hasSizeGreaterThan(10);
		assertThat(files.get(0).field("slug")).isEqualTo("toolkit-betrokken-buurten-online");
		assertThat(files).extracting(DemoFiles.DemoFile::path).isSorted();
	}

}
