package nl.bewonersplein.content;

/**
 * A funder or partner as the acknowledgements show it.
 *
 * @param name its name
 * @param url its website
 * @param logo path of its logo, or empty
 * @param funder whether it is a funder (else a partner)
 */
public record SupporterView(String name, String url, String logo, boolean funder) {

	static SupporterView of(Supporter supporter) {
		return new SupporterView(supporter.getName(), supporter.getUrl(), supporter.getLogo(),
				supporter.getRole() == Supporter.Role.FUNDER);
	}

}
