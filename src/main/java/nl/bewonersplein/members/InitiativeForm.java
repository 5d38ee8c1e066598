package nl.bewonersplein.members;

import nl.bewonersplein.shared.Region;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A profile as editors and members fill it in. Editors also set the contact address,
 * region and location; for members those stay as they are.
 *
 * @param naam the initiative's name
 * @param soort the kind, by its slug
 * @param plaats the town
 * @param regio the region by its slug, or empty to derive it from the town
 * @param samenvatting one or two sentences
 * @param beschrijving the long description
 * @param website its website, or empty
 * @param links other links, one per line
 * @param email where messages go, or empty (editors only)
 * @param opgericht the year it started, or empty
 * @param themas the content themes, by id
 * @param doelen the Sustainable Development Goals, by number
 * @param versie the version the form was made from, to detect a second editor
 * @param afbeelding the stable address of a logo or photo in the media library, or empty
 * (editors only)
 * @param afbeeldingAlt its text alternative here; empty keeps the library's
 * @param onderschrift its caption here; empty keeps the library's
 * <p>
 * Every component is text, so that any typed value binds and gets a message (a record
 * with a number component is not made at all when one value does not convert).
 */
record InitiativeForm(@NotBlank(message = "{form.required}") @Size(max = 200, message = "{form.too-long}") String naam,
		@NotBlank(message = "{members.form.kind}") String soort,
		@NotBlank(message = "{form.required}") @Size(max = 100, message = "{form.too-long}") String plaats,
		String regio,
		@NotBlank(message = "{form.required}") @Size(max = 300, message = "{form.too-long}") String samenvatting,
		@Size(max = 20000, message = "{form.too-long}") String beschrijving,
		@Size(max = 500, message = "{form.too-long}") @Pattern(regexp = "(https?://\\S+)?",
				message = "{members.form.url}") String website,
		@Size(max = 2000, message = "{form.too-long}") String links,
		@Email(message = "{form.email}") @Size(max = 254, message = "{form.email}") String email,
		@Pattern(regexp = "(1[89][0-9]{2}|20[0-9]{2}|2100)?", message = "{members.form.year}") String opgericht,
		List<String> themas, List<String> doelen, @Pattern(regexp = "[0-9]{1,18}") String versie,
		@Size(max = 500, message = "{form.too-long}") @Pattern(regexp = "(/media/[0-9]{1,18}/[^\\s/?#()\"']+)?",
				message = "{members.form.image.invalid}") String afbeelding,
		@Size(max = 300, message = "{form.too-long}") String afbeeldingAlt,
		@Size(max = 300, message = "{form.too-long}") String onderschrift) {

	InitiativeForm {
		naam = Texts.clean(naam);
		soort = Texts.clean(soort);
		plaats = Texts.clean(plaats);
		regio = Texts.clean(regio);
		samenvatting = Texts.clean(samenvatting);
		beschrijving = Texts.cleanMultiline(beschrijving);
		website = Texts.clean(website);
		links = Texts.cleanMultiline(links);
		email = Texts.clean(email);
		opgericht = Texts.clean(opgericht);
		themas = (themas != null) ? themas : List.of();
		doelen = (doelen != null) ? doelen : List.of();
		versie = (versie != null && !versie.isBlank()) ? versie.strip() : "0";
		afbeelding = Texts.clean(afbeelding);
		afbeeldingAlt = Texts.clean(afbeeldingAlt);
		onderschrift = Texts.clean(onderschrift);
	}

	static InitiativeForm empty() {
		return new InitiativeForm("", "", "", "", "", "", "", "", "", "", List.of(), List.of(), "0", "", "", "");
	}

	static InitiativeForm of(MemberInitiative initiative) {
		return of(initiative.profile(), initiative.getVersion()).with(initiative.image());
	}

	/** The same form with this image chosen. */
	InitiativeForm with(InitiativeImage image) {
		return new InitiativeForm(this.naam, this.soort, this.plaats, this.regio, this.samenvatting, this.beschrijving,
				this.website, this.links, this.email, this.opgericht, this.themas, this.doelen, this.versie,
				image.path(), image.alt(), image.caption());
	}

	/** The image chosen (editors only). */
	InitiativeImage image() {
		return new InitiativeImage(this.afbeelding, this.afbeeldingAlt, this.onderschrift);
	}

	static InitiativeForm of(MemberInitiative.Profile profile, long version) {
		return new InitiativeForm(profile.name(), profile.kind().slug(), profile.town(),
				(profile.region() != null) ? profile.region().slug() : "", profile.summary(), profile.description(),
				nonNull(profile.website()), nonNull(profile.socialLinks()), nonNull(profile.contactEmail()),
				(profile.foundedYear() != null) ? String.valueOf(profile.foundedYear()) : "",
				profile.themeIds().stream().map(String::valueOf).toList(),
				profile.goals().stream().map(String::valueOf).toList(), String.valueOf(version), "", "", "");
	}

	private static String nonNull(String value) {
		return (value != null) ? value : "";
	}

	/**
	 * The profile this form describes; region, contact address and location are taken
	 * from {@code base} unless {@code staff} sets them.
	 */
	MemberInitiative.Profile profile(MemberInitiative.Profile base, boolean staff, Set<Long> knownThemes) {
		InitiativeKind kind = InitiativeKind.fromSlug(this.soort).orElse(InitiativeKind.OTHER);
		Region region = staff ? Region.of(this.regio).orElse(null) : (base != null ? base.region() : null);
		String contact = staff ? Texts.nullIfBlank(this.email) : (base != null ? base.contactEmail() : null);
		boolean moved = base == null || !Places.key(base.town()).equals(Places.key(this.plaats));
		if (!staff && moved) {
			// A member who moves town gets the new town's region and location.
			region = null;
		}
		Double latitude = (base != null && !moved) ? base.latitude() : null;
		Double longitude = (base != null && !moved) ? base.longitude() : null;
		Set<Long> themes = new TreeSet<>();
		for (String theme : this.themas) {
			if (theme != null && theme.matches("[0-9]{1,18}") && knownThemes.contains(Long.valueOf(theme))) {
				themes.add(Long.valueOf(theme));
			}
		}
		Set<Integer> goals = Goals.parse(String.join(" ", this.doelen));
		return new MemberInitiative.Profile(this.naam, kind, region, this.plaats, this.samenvatting, this.beschrijving,
				Texts.nullIfBlank(this.website), this.links, contact, year(), latitude, longitude, themes, goals);
	}

	/** Whether every line of {@code links} is a web address. */
	boolean linksValid() {
		return this.links.isBlank() || java.util.Arrays.stream(this.links.split("\\R"))
			.map(String::strip)
			.filter((line) -> !line.isEmpty())
			.allMatch((line) -> line.length() <= 500 && line.matches("https?://\\S+"));
	}

	/** The founding year, or null. */
	Integer year() {
		return this.opgericht.strip().matches("\\d{1,4}") ? Integer.valueOf(this.opgericht.strip()) : null;
	}

	/**
	 * The version the form was made from; 0 (matching no saved version) when the posted
	 * value is not a number.
	 */
	long version() {
		return this.versie.strip().matches("\\d{1,18}") ? Long.parseLong(this.versie.strip()) : 0L;
	}

	/** Whether the theme with this id is ticked. */
	boolean hasTheme(long id) {
		return this.themas.contains(String.valueOf(id));
	}

	/** Whether the goal is ticked. */
	boolean hasGoal(int goal) {
		return this.doelen.contains(String.valueOf(goal));
	}

	boolean validKind() {
		return InitiativeKind.fromSlug(this.soort).isPresent();
	}

}
