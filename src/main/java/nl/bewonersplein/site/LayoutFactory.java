package nl.bewonersplein.site;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import nl.bewonersplein.content.Supporters;
import nl.bewonersplein.shared.Layout;
import nl.bewonersplein.shared.Link;
import nl.bewonersplein.shared.Network;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link Layout} for one request: menus marked for the current page, footer,
 * assets.
 */
@Component
class LayoutFactory {

	private static final Logger log = LoggerFactory.getLogger(LayoutFactory.class);

	private static final List<String> FOOTER_PAGES = List.of("over-ons", "contact", "privacyverklaring",
			"toegankelijkheidsverklaring");

	private final Network network;

	private final MessageSource messages;

	private final MainMenu menu;

	private final Supporters supporters;

	private final SiteAssets assets;

	LayoutFactory(Network network, MessageSource messages, MainMenu menu, Supporters supporters, SiteAssets assets) {
		this.network = network;
		this.messages = messages;
		this.menu = menu;
		this.supporters = supporters;
		this.assets = assets;
	}

	Layout build(HttpServletRequest request, Locale locale) {
		String path = currentPath(request);
		List<Link> mainMenu = this.menu.sections()
			.stream()
			.map((section) -> new Link(text(section.labelKey(), locale), section.path(),
					path.equals(section.path()) || path.startsWith(section.path() + "/")))
			.toList();
		List<Link> footerLinks = FOOTER_PAGES.stream()
			.map((slug) -> new Link(text("footer.page." + slug, locale), "/" + slug, path.equals("/" + slug)))
			.toList();
		Supporters.Footer footer = footerSupporters();
		Locale other = SiteWebConfig.NL.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : SiteWebConfig.NL;
		Link languageSwitch = new Link(text("footer.language." + other.getLanguage(), locale),
				path + "?lang=" + other.getLanguage());
		return new Layout(this.network, locale, this.messages, mainMenu, footerLinks, footer.funders(),
				footer.partners(), this.assets.current(), languageSwitch, () -> csrfToken(request));
	}

	private Supporters.Footer footerSupporters() {
		try {
			return this.supporters.footer();
		}
		catch (DataAccessException ex) {
			// An error page must still render when the database is the problem.
			log.warn("Footer supporters unavailable: {}", ex.getMessage());
			return new Supporters.Footer(List.of(), List.of());
		}
	}

	private static String csrfToken(HttpServletRequest request) {
		Object token = request.getAttribute(CsrfToken.class.getName());
		return (token instanceof CsrfToken csrf) ? csrf.getToken() : "";
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	private static String currentPath(HttpServletRequest request) {
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (original instanceof String uri) ? uri : request.getRequestURI();
		return path.isEmpty() ? "/" : path;
	}

}
