package nl.bewonersplein.members;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import nl.bewonersplein.media.BodyRenderer;
import nl.bewonersplein.media.MediaLibrary;
import nl.bewonersplein.media.Picture;
import nl.bewonersplein.site.PageHead;
import nl.bewonersplein.content.RelatedBlock;
import nl.bewonersplein.content.RelatedContentSource;
import nl.bewonersplein.content.RelatedItem;
import nl.bewonersplein.content.RelatedQuery;
import nl.bewonersplein.content.ThemeOption;
import nl.bewonersplein.content.Themes;
import nl.bewonersplein.shared.Link;
import nl.bewonersplein.shared.Network;
import nl.bewonersplein.site.SiteAddress;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * An initiative's public profile at {@code /leden/{slug}}: what it does, where, its
 * links, themes and goals, a link to its contact form, related news, knowledge and
 * events, and more initiatives in its region. Drafts are not found. See
 * DirectoryController for the list.
 */
@Controller
@Transactional(readOnly = true)
class ProfileController {

	private final MemberInitiativeRepository initiatives;

	private final Themes themes;

	private final BodyRenderer bodies;

	private final ObjectProvider<RelatedContentSource> sources;

	private final MoreMembers more;

	private final MemberTexts texts;

	private final Network network;

	private final SiteAddress address;

	private final MediaLibrary media;

	ProfileController(MemberInitiativeRepository initiatives, Themes themes, BodyRenderer bodies,
			ObjectProvider<RelatedContentSource> sources, MoreMembers more, MemberTexts texts, Network network,
			SiteAddress address, MediaLibrary media) {
		this.media = media;
		this.initiatives = initiatives;
		this.themes = themes;
		this.bodies = bodies;
		this.sources = sources;
		this.more = more;
		this.texts = texts;
		this.network = network;
		this.address = address;
	}

	@GetMapping(MemberPaths.DIRECTORY + "/{slug}")
	String profile(@PathVariable String slug, Locale locale, Model model, HttpServletResponse response) {
		MemberInitiative initiative = published(this.initiatives, slug);
		response.setDateHeader("Last-Modified", initiative.getUpdatedAt().toEpochMilli());
		model.addAttribute("page", page(initiative, locale));
		return "members/profile";
	}

	static MemberInitiative published(MemberInitiativeRepository initiatives, String slug) {
		return initiatives.findBySlug(slug)
			.filter(MemberInitiative::isPublished)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private ProfilePage page(MemberInitiative initiative, Locale locale) {
		String url = MemberPaths.profile(initiative.getSlug());
		String region = this.texts.region(initiative.getRegion(), locale);
		List<ThemeOption> themes = this.themes.options()
			.stream()
			.filter((theme) -> initiative.getThemeIds().contains(theme.id()))
			.toList();
		Set<Long> themeIds = themes.stream().map(ThemeOption::id).collect(Collectors.toSet());
		Set<String> themeSlugs = themes.stream().map(ThemeOption::slug).collect(Collectors.toSet());
		RelatedQuery query = new RelatedQuery(url, themeIds, themeSlugs, List.of(), MoreMembers.SHOWN);
		List<RelatedBlock> related = this.sources.orderedStream()
			.filter((source) -> !(source instanceof MoreMembers))
			.map((source) -> block(source, query, locale))
			.filter((block) -> !block.items().isEmpty())
			.toList();
		List<MemberCard> more = this.texts
			.cards(this.more.pick(Set.of(), initiative.getRegion(), url, MoreMembers.SHOWN), locale);
		List<Link> links = initiative.socialLinkList().stream().map((link) -> new Link(site(link), link)).toList();
		Link website = (initiative.getWebsite() != null)
				? new Link(site(initiative.getWebsite()), initiative.getWebsite()) : null;
		List<String> goals = initiative.getGoals()
			.stream()
			.sorted()
			.map((goal) -> goal + ". " + this.texts.goal(goal, locale))
			.toList();
		String founded = (initiative.getFoundedYear() != null) ? String.valueOf(initiative.getFoundedYear()) : "";
		List<Link> crumbs = List.of(new Link(this.texts.t("nav.home", locale), "/"),
				new Link(this.texts.t("members.directory.title", locale), MemberPaths.DIRECTORY),
				new Link(initiative.getName(), url, true));
		InitiativeImage image = initiative.image();
		// A library image: responsive, with its credit; the profile may set its own
		// description and caption.
		Picture picture = this.media.pictureAt(image.path())
			.map((found) -> found.withText(image.caption(), null).withAlt(image.alt()))
			.orElse(null);
		return new ProfilePage(initiative.getName(), this.texts.kind(initiative.getKind(), locale), region,
				initiative.getTown(), directory("regio", initiative.getRegion().slug()),
				directory("plaats", initiative.getTown()), founded, initiative.getSummary(), picture,
				this.bodies.toHtml(initiative.getDescription()), website, links,
				themes.stream().map((theme) -> new Link(theme.title(), theme.url())).toList(), goals,
				(initiative.getContactEmail() != null) ? MemberPaths.contact(initiative.getSlug()) : null,
				UriComponentsBuilder.fromPath(MemberPaths.NEARBY)
					.queryParam("plaats", "{town}")
					.buildAndExpand(initiative.getTown())
					.encode()
					.toUriString(),
				related, more, crumbs, new PageHead(url, "website", (picture != null) ? image.path() : "",
						OrganizationJsonLd.of(initiative, region, crumbs, this.network, this.address)));
	}

	private RelatedBlock block(RelatedContentSource source, RelatedQuery query, Locale locale) {
		List<RelatedItem> items = query.themeIds().isEmpty() ? List.of() : source.find(query);
		return new RelatedBlock(source.titleKey().replaceAll("[^a-z0-9]+", "-"),
				this.texts.t(source.titleKey(), locale), items);
	}

	static String directory(String name, String value) {
		return UriComponentsBuilder.fromPath(MemberPaths.DIRECTORY)
			.queryParam(name, "{value}")
			.buildAndExpand(value)
			.encode()
			.toUriString();
	}

	/** A link's label: its site's name, e.g. "facebook.com" or "dehuiskamerwezep.nl". */
	static String site(String url) {
		try {
			String host = URI.create(url.strip()).getHost();
			return (host != null) ? host.replaceFirst("^www\\.", "") : url;
		}
		catch (IllegalArgumentException ex) {
			return url;
		}
	}

}
