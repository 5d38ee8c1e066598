package nl.bewonersplein.media;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The library's images to choose from in an admin form
 * ({@code component/image-field.jte}). Every admin page gets one as the model attribute
 * {@code imageChoices}; it reads the library only when a form shows the field, so pages
 * without one pay nothing. A form's template takes it with
 * {@code @param ImageChoices imageChoices = null}.
 */
public final class ImageChoices {

	private final MediaLibrary library;

	private List<MediaLibrary.Choice> loaded;

	ImageChoices(MediaLibrary library) {
		this.library = library;
	}

	/** The images, newest first. */
	public List<MediaLibrary.Choice> list() {
		if (this.loaded == null) {
			this.loaded = this.library.choices();
		}
		return this.loaded;
	}

	/** The choice a stored address stands for, or null. */
	public MediaLibrary.Choice find(String url) {
		return list().stream().filter((choice) -> choice.url().equals(url)).findFirst().orElse(null);
	}

	/** Whether a stored address is one of the library's (else a path from before). */
	public boolean isLibraryPath(String url) {
		return MediaLibrary.isLibraryPath(url);
	}

	/** Hands admin pages their {@link ImageChoices}. */
	@ControllerAdvice
	static class Advice {

		private final MediaLibrary library;

		Advice(MediaLibrary library) {
			this.library = library;
		}

		@ModelAttribute("imageChoices")
		ImageChoices imageChoices(HttpServletRequest request, Locale locale) {
			return request.getRequestURI().startsWith("/admin/") ? new ImageChoices(this.library) : null;
		}

	}

}
