package nl.bewonersplein.site;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import nl.bewonersplein.shared.Link;
import nl.bewonersplein.shared.Network;

import org.springframework.context.MessageSource;

/**
 * Everything the page shell shows around a page's own content: the network, the menus,
 * the footer and the asset URLs, in the visitor's language. Every public template takes
 * one; the site module builds it for each request.
 *
 * @param network the network's identity
 * @param locale the language the page is shown in
 * @param messages source of interface texts
 * @param mainMenu main navigation, the current section marked
 * @param footerLinks links to the fixed pages (about, contact, privacy, accessibility)
 * @param funders funders shown in the footer
 * @param partners partners shown in the footer
 * @param assets URLs of style sheet, script and logo
 * @param languageSwitch link to the same page in the other language
 * @param csrf supplies the CSRF token for forms that change something; only called by
 * templates that render such a form, so that pages without one create no session
 * @param siteBase the site's public address (see {@link SiteAddress}), for absolute links
 * @param headerSearch the search box in the header, or {@code null} for none
 */
public record Layout(Network network, Locale locale, MessageSource messages, List<Link> mainMenu,
		List<Link> footerLinks, List<Link> funders, List<Link> partners, Assets assets, Link languageSwitch,
		Supplier<String> csrf, String siteBase, HeaderSearch headerSearch) {

	/** Name of the form field that carries the CSRF token. */
	public static final String CSRF_FIELD = "_csrf";

	/**
	 * Name of the honeypot field of public forms: hidden from people, filled in by bots.
	 * The accounts module rejects any public POST where it is not empty.
	 */
	public static final String HONEYPOT_FIELD = "website";

	/** The CSRF token to put in a hidden {@code _csrf} field of a POST form. */
	public String csrfToken() {
		return this.csrf.get();
	}

	/** The interface text for {@code key} in the page's language. */
	public String t(String key, Object... args) {
		return this.messages.getMessage(key, args, key, this.locale);
	}

	/** The absolute address of a path on this site, e.g. for canonical links. */
	public String absolute(String path) {
		return (path.startsWith("http://") || path.startsWith("https://")) ? path : this.siteBase + path;
	}

	/** A QR code (inline SVG) of the absolute address of a path, for printed pages. */
	public String qrCode(String path) {
		return PdfRenderer.qrCodeSvg(absolute(path));
	}

	/** The value of the {@code lang} attribute of the page. */
	public String lang() {
		return this.locale.getLanguage();
	}

	/**
	 * Fingerprinted URLs of the static assets and the inline brand style.
	 *
	 * @param stylesheet URL of the one style sheet
	 * @param script URL of the one small script
	 * @param logo URL of the logo image
	 * @param brandStyle CSS that sets the brand colours, written into the head
	 */
	public record Assets(String stylesheet, String script, String logo, String brandStyle) {

	}

}
