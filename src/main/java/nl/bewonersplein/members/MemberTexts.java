package nl.bewonersplein.members;

import nl.bewonersplein.shared.Region;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The members module's texts in the visitor's language, and cards ready to show. */
@Component
class MemberTexts {

	private final MessageSource messages;

	MemberTexts(MessageSource messages) {
		this.messages = messages;
	}

	String t(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

	String region(Region region, Locale locale) {
		return t(region.labelKey(), locale);
	}

	String kind(InitiativeKind kind, Locale locale) {
		return t(kind.labelKey(), locale);
	}

	String goal(int goal, Locale locale) {
		return t(Goals.labelKey(goal), locale);
	}

	MemberCard card(Directory.Card card, Locale locale) {
		return new MemberCard(card.name(), MemberPaths.profile(card.slug()), region(card.region(), locale), card.town(),
				kind(card.kind(), locale), card.summary(), "");
	}

	MemberCard card(MemberInitiative initiative, Locale locale, String distance) {
		return new MemberCard(initiative.getName(), MemberPaths.profile(initiative.getSlug()),
				region(initiative.getRegion(), locale), initiative.getTown(), kind(initiative.getKind(), locale),
				initiative.getSummary(), distance);
	}

}
