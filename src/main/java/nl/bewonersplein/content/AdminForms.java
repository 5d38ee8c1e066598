package nl.bewonersplein.content;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;

/** Shared input handling of the content admin forms. */
final class AdminForms {

	private AdminForms() {
	}

	/** NUL bytes never reach the database (PostgreSQL refuses them): they are dropped. */
	static void dropNulBytes(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
			@Override
			public void setAsText(String text) {
				setValue((text != null) ? text.replace("\u0000", "") : null);
			}
		});
	}

}
