package nl.bewonersplein.members;

/**
 * An initiative in a list: the directory, "Meer van onze leden", search around a town.
 *
 * @param name its name
 * @param url its profile
 * @param region its region, e.g. "Oost"
 * @param town its town
 * @param kind what sort of initiative, e.g. "Inloophuis"
 * @param summary one or two sentences
 * @param distance the distance from the place searched, e.g. "3,2 km", or an empty string
 * @param image its logo or photo as a thumbnail, or null
 */
public record MemberCard(String name, String url, String region, String town, String kind, String summary,
		String distance, nl.bewonersplein.site.CardImage image) {

}
