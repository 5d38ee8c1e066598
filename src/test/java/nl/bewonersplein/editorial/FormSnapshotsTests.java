package nl.bewonersplein.editorial;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any record form becomes text fields and back (what revisions store), and the stored
 * text keeps tabs, newlines and backslashes.
 */
class FormSnapshotsTests {

	record SampleForm(String title, String body, List<String> themes, boolean flag, String version,
			String formToken) implements Editable.Form {

		@Override
		public Long versionValue() {
			return (this.version != null) ? Long.valueOf(this.version) : null;
		}

	}

	@Test
	void aRecordFormBecomesTextFieldsAndBackWithTheCurrentVersion() {
		SampleForm form = new SampleForm("Titel", "Regel 1\r\nRegel\t2 \\ klaar", List.of("3", "5"), true, "7", "tok");
		Map<String, String> fields = FormSnapshots.of(form);
		assertThat(fields).containsOnlyKeys("title", "body", "themes")
			.containsEntry("body", "Regel 1\nRegel\t2 \\ klaar")
			.containsEntry("themes", "3\n5");

		Map<String, String> stored = FormSnapshots.decode(FormSnapshots.encode(fields));
		assertThat(stored).isEqualTo(fields);

		SampleForm current = new SampleForm("Nieuw", "Anders", List.of(), false, "9", null);
		SampleForm restored = FormSnapshots.restore(stored, current);
		assertThat(restored)
			.isEqualTo(new SampleForm("Titel", "Regel 1\nRegel\t2 \\ klaar", List.of("3", "5"), false, "9", null));
	}

	@Test
	void changedNamesTheFieldsThatDiffer() {
		assertThat(FormSnapshots.changed(Map.of("title", "A", "body", "B"), Map.of("title", "A", "body", "C")))
			.containsExactly("body");
	}

	@Test
	void theWordDiffMarksWordsAndEscapesHtml() {
		assertThat(WordDiff.html("Het <b>buurthuis</b> opent om negen uur", "Het <b>buurthuis</b> opent om tien uur"))
			.isEqualTo("Het &lt;b&gt;buurthuis&lt;/b&gt; opent om <del>negen</del><ins>tien</ins> uur");
	}

}
