package nl.bewonersplein.toolkit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What an editor fills in about a toolkit chapter.
 *
 * @param title the chapter's title
 * @param intro its introduction
 */
public record ChapterForm(
		@NotBlank(message = "{form.required}") @Size(max = 200, message = "{form.too-long}") String title,
		@Size(max = 5000, message = "{form.too-long}") String intro) {

}
