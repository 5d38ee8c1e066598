package nl.bewonersplein.site;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import nl.bewonersplein.shared.Link;
import nl.bewonersplein.shared.Network;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link Layout} for one request: menus marked for the current page, the
 * footer from the modules' {@link FooterLinks}, assets.
 */
@Component
class LayoutFactory {

	private static final Logger log = LoggerFactory.getLogger(LayoutFactory.class);

	private final Network network;

	private final MessageSource messages;

	private final MainMenu menu;

	private final ObjectProvider<FooterLinks> footer;

	private final SiteAssets assets;

	private final SiteAddress address;

	private final ObjectProvider<HeaderSearch> headerSearch;

	LayoutFactory(Network network, MessageSource messages, MainMenu menu, ObjectProvider<FooterLinks> footer,
			SiteAssets assets, SiteAddress address, ObjectProvider<HeaderSearch> headerSearch) {
		this.headerSearch = headerSearch;
		this.address = address;
		this.network = network;
		this.messages = messages;
		this.menu = menu;
		this.footer = footer;
		this.assets = assets;
	}

	Layout build(HttpServletRequest request, Locale locale) {
		String path = currentPath(request);
		List<Link> mainMenu = this.menu.sections()
			.stream()
			.map((section) -> new Link(text(section.labelKey(), locale), section.path(),
					path.equals(section.path()) || path.startsWith(section.path() + "/")))
			.toList();
		Map<FooterLinks.Group, List<Link>> footerLinks = footerLinks(locale, path);
		Locale other = SiteWebConfig.NL.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : SiteWebConfig.NL;
		Link languageSwitch = new Link(text("footer.language." + other.getLanguage(), locale),
				path + "?lang=" + other.getLanguage());
		return new Layout(this.network, locale, this.messages, mainMenu, footerLinks.get(FooterLinks.Group.PAGES),
				footerLinks.get(FooterLinks.Group.FUNDERS), footerLinks.get(FooterLinks.Group.PARTNERS),
				this.assets.current(), languageSwitch, () -> csrfToken(request), this.address.base(),
				headerSearch(path));
	}

	/**
	 * The header's search box, except on the page it sends to: that page has its own,
	 * fuller form, and a second box above it only pushes the results down.
	 */
	private HeaderSearch headerSearch(String path) {
		HeaderSearch search = this.headerSearch.getIfUnique();
		return (search != null && path.equals(search.action())) ? null : search;
	}

	private Map<FooterLinks.Group, List<Link>> footerLinks(Locale locale, String path) {
		Map<FooterLinks.Group, List<Link>> groups = new EnumMap<>(FooterLinks.Group.class);
		for (FooterLinks.Group group : FooterLinks.Group.values()) {
			groups.put(group, new ArrayList<>());
		}
		this.footer.orderedStream().forEach((links) -> {
			try {
				for (FooterLinks.Entry entry : links.footerLinks(locale)) {
					Link link = entry.link();
					groups.get(entry.group()).add(new Link(link.label(), link.href(), link.href().equals(path)));
				}
			}
			catch (DataAccessException ex) {
				// An error page must still render when the database is the problem.
				log.warn("Footer links unavailable: {}", ex.getMessage());
			}
		});
		return groups;
	}

	private static String csrfToken(HttpServletRequest request) {
		// A page with this visitor's token must not be served to others.
		PageCache.doNotStoreThisPage();
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
