package nl.bewonersplein.content;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The error answers of the content pages. */
final class ContentErrors {

	private ContentErrors() {
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
