package nl.bewonersplein.toolkit;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.bewonersplein.shared.Dates;
import nl.bewonersplein.site.HomeSection;
import nl.bewonersplein.shared.Link;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The home page's toolkit block: the published toolkits, with one statement. */
@Component
class ToolkitHomeSection implements HomeSection.Provider {

	private final ToolkitReader reader;

	private final MessageSource messages;

	ToolkitHomeSection(ToolkitReader reader, MessageSource messages) {
		this.reader = reader;
		this.messages = messages;
	}

	@Override
	public Optional<HomeSection> homeSection(Locale locale) {
		List<HomeSection.Teaser> teasers = this.reader.publishedToolkits()
			.stream()
			.limit(3)
			.map((toolkit) -> new HomeSection.Teaser(text("toolkit.home.label", locale), toolkit.getTitle(),
					toolkit.getSubtitle(), ToolkitController.href(toolkit),
					(toolkit.getEditionDate() != null)
							? Dates.shortDate(toolkit.getEditionDate().atStartOfDay(Dates.ZONE).toInstant()) : ""))
			.toList();
		if (teasers.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new HomeSection(15, text("toolkit.home.title", locale), teasers,
				new Link(text("toolkit.home.more", locale), "/toolkit")));
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
