package nl.bewonersplein.toolkit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What an editor fills in about a toolkit theme.
 *
 * @param title the theme's title
 * @param intro its introduction
 */
public record ThemeForm(
		@NotBlank(message = "{form.required}") @Size(max = 200, message = "{form.too-long}") String title,
		@Size(max = 5000, message = "{form.too-long}") String intro) {

}
