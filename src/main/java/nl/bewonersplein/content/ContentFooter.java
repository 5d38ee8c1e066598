package nl.bewonersplein.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.bewonersplein.shared.Link;
import nl.bewonersplein.site.FooterLinks;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The content module's footer: the fixed static pages, and the funders and partners
 * marked for the footer (one statement).
 */
@Component
@Transactional(readOnly = true)
class ContentFooter implements FooterLinks {

	/** Static pages every network has; the footer links to them. */
	static final List<String> PAGES = List.of("over-ons", "contact", "privacyverklaring",
			"toegankelijkheidsverklaring");

	private final SupporterRepository supporters;

	private final MessageSource messages;

	ContentFooter(SupporterRepository supporters, MessageSource messages) {
		this.supporters = supporters;
		this.messages = messages;
	}

	@Override
	public List<Entry> footerLinks(Locale locale) {
		List<Entry> links = new ArrayList<>();
		for (String slug : PAGES) {
			links.add(new Entry(Group.PAGES,
					new Link(this.messages.getMessage("content.footer.page." + slug, null, slug, locale), "/" + slug)));
		}
		for (Supporter supporter : this.supporters.findByInFooterTrueOrderByPositionAscNameAsc()) {
			links.add(new Entry((supporter.getRole() == Supporter.Role.FUNDER) ? Group.FUNDERS : Group.PARTNERS,
					new Link(supporter.getName(), supporter.getUrl())));
		}
		return links;
	}

}
