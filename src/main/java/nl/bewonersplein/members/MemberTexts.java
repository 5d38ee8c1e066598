package nl.bewonersplein.members;

import nl.bewonersplein.shared.Region;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import nl.bewonersplein.media.MediaLibrary;
import nl.bewonersplein.site.CardImage;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The members module's texts in the visitor's language, and cards ready to show (with
 * their logo or photo from the media library).
 */
@Component
class MemberTexts {

	private final MessageSource messages;

	private final MediaLibrary library;

	MemberTexts(MessageSource messages, MediaLibrary library) {
		this.messages = messages;
		this.library = library;
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

	/** The cards with their thumbnails (one query for the images not in memory). */
	List<MemberCard> cards(List<Directory.Card> cards, Locale locale) {
		Map<String, CardImage> images = images(cards);
		return cards.stream().map((card) -> card(card, locale, "", images.get(card.imagePath()))).toList();
	}

	MemberCard card(Directory.Card card, Locale locale, String distance, CardImage image) {
		return new MemberCard(card.name(), MemberPaths.profile(card.slug()), region(card.region(), locale), card.town(),
				kind(card.kind(), locale), card.summary(), distance, image);
	}

	/** The cards' thumbnails by image address; cards without an image have none. */
	Map<String, CardImage> images(Collection<Directory.Card> cards) {
		Map<String, CardImage> images = new HashMap<>();
		this.library.thumbnailsAt(cards.stream().map(Directory.Card::imagePath).filter(Objects::nonNull).toList())
			.forEach((path, picture) -> images.put(path, picture.card()));
		return images;
	}

}
