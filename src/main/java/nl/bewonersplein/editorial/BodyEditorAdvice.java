package nl.bewonersplein.editorial;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Hands the admin's page templates the body editor's {@link BodyEditorAssets} as
 * {@code bodyEditor}.
 */
@ControllerAdvice
class BodyEditorAdvice {

	/** Where the media library answers for images to choose (its contract). */
	static final String PICKER = "/admin/media/kiezen";

	private final ResourceUrlProvider urls;

	private volatile BodyEditorAssets assets;

	BodyEditorAdvice(ResourceUrlProvider urls) {
		this.urls = urls;
	}

	@ModelAttribute("bodyEditor")
	BodyEditorAssets bodyEditor() {
		BodyEditorAssets current = this.assets;
		if (current == null) {
			current = new BodyEditorAssets(url("/js/body-editor.js"), url("/css/body-editor.css"),
					WritingHelpController.PATH, PICKER);
			this.assets = current;
		}
		return current;
	}

	private String url(String path) {
		String versioned = this.urls.getForLookupPath(path);
		return (versioned != null) ? versioned : path;
	}

}
