package nl.bewonersplein.accounts;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A module's personal data about one person, for the rights to see and to be forgotten. A
 * module that keeps data about people (sign-ups, orders, contact messages) declares a
 * bean that implements this; the admin's personal-data page asks every source at once, by
 * the e-mail address or phone number the person gave, and exports or erases it all.
 * Erasing may anonymise instead of delete where counts must stay for reporting.
 */
public interface PersonalDataSource {

	/** Message key of what this source holds, e.g. {@code events.personal-data}. */
	String labelKey();

	/**
	 * Everything this module holds about the person, one map per record, ready to be
	 * written as JSON; empty if nothing.
	 */
	List<Map<String, Object>> export(Person person);

	/**
	 * Erases or anonymises everything this module holds about the person, in the caller's
	 * transaction.
	 * @return how many records were erased or anonymised
	 */
	int erase(Person person);

	/**
	 * Who is asked for: by e-mail address, by phone number, or both.
	 *
	 * @param email the e-mail address, lower case and stripped, or null
	 * @param phone the phone number as digits only (a leading {@code +} kept), or null
	 */
	record Person(String email, String phone) {

		public Person {
			email = (email == null || email.isBlank()) ? null : email.strip().toLowerCase(Locale.ROOT);
			phone = (phone == null || phone.isBlank()) ? null : phone.replaceAll("[^0-9+]", "");
			if (phone != null && phone.isEmpty()) {
				phone = null;
			}
		}

		/** Whether either is given. */
		public boolean isKnown() {
			return this.email != null || this.phone != null;
		}

	}

}
