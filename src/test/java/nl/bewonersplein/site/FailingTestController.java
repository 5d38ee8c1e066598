package nl.bewonersplein.site;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Test-only endpoint that fails, to show what a visitor sees of a server error. */
@RestController
class FailingTestController {

	static final String PATH = "/test-only/failure";

	static final String SECRET = "select secret from internals";

	@GetMapping(PATH)
	String fail() {
		throw new IllegalStateException(SECRET);
	}

}
