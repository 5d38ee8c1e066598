package nl.bewonersplein.members;

import java.util.UUID;

/**
 * One-time tokens that public create forms carry, so that a double click, a resubmit
 * after Back or concurrent posts of the same form create one record: the token is stored
 * with the record under a unique key. To be replaced by the site module's form tokens
 * when they land.
 */
final class FormTokens {

	private FormTokens() {
	}

	static String next() {
		return UUID.randomUUID().toString();
	}

}
