package nl.bewonersplein.content;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.bewonersplein.shared.Dates;
import nl.bewonersplein.shared.Link;
import nl.bewonersplein.shared.Network;
import nl.bewonersplein.site.CanonicalPages;
import nl.bewonersplein.site.SiteAddress;
import nl.bewonersplein.site.PageHead;
import nl.bewonersplein.site.JsonLd;
import nl.bewonersplein.media.BodyRenderer;
import nl.bewonersplein.media.MediaLibrary;
import nl.bewonersplein.media.Picture;
import nl.bewonersplein.editorial.Redirects;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriUtils;

/**
 * The article page at {@code /nieuws/{slug}} or {@code /kennis/{slug}}: the article, its
 * acknowledgements, share links and related blocks. Old addresses lead to the current one
 * with a 301; drafts are not found.
 */
@Controller
@Transactional(readOnly = true)
class ArticleController {

	private final ArticleRepository articles;

	private final Redirects redirects;

	private final BodyRenderer bodies;

	private final RelatedContent.Blocks related;

	private final MessageSource messages;

	private final Network network;

	private final SiteAddress address;

	private final Clock clock;

	private final ObjectProvider<CanonicalPages> canonicalPages;

	private final MediaLibrary media;

	ArticleController(ArticleRepository articles, Redirects redirects, BodyRenderer bodies,
			RelatedContent.Blocks related, MessageSource messages, Network network, SiteAddress address, Clock clock,
			ObjectProvider<CanonicalPages> canonicalPages, MediaLibrary media) {
		this.media = media;
		this.articles = articles;
		this.redirects = redirects;
		this.bodies = bodies;
		this.related = related;
		this.messages = messages;
		this.network = network;
		this.address = address;
		this.clock = clock;
		this.canonicalPages = canonicalPages;
	}

	@GetMapping({ "/nieuws/{slug}", "/kennis/{slug}" })
	ModelAndView article(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response,
			Locale locale, Model model) {
		String path = request.getRequestURI();
		Optional<Article> found = this.articles.findPageBySlug(slug)
			.filter((article) -> article.isPublished(this.clock.instant()));
		if (found.isEmpty()) {
			return Redirects.movedPermanently(this.redirects.target(path).orElseThrow(ContentErrors::notFound));
		}
		Article article = found.get();
		if (!article.getUrl().equals(path)) {
			return Redirects.movedPermanently(article.getUrl());
		}
		response.setDateHeader("Last-Modified", article.getLastModified().toEpochMilli());
		model.addAttribute("article", page(article, locale));
		return new ModelAndView("content/article");
	}

	private ArticlePage page(Article article, Locale locale) {
		String label = text(article.getKind().labelKey(), locale);
		boolean knowledge = article.getKind() == ArticleKind.KNOWLEDGE;
		List<Link> crumbs = List.of(new Link(text("nav.home", locale), "/"),
				new Link(text(knowledge ? "nav.knowledge" : "nav.news", locale), article.getKind().section()),
				new Link(article.getTitle(), article.getUrl(), true));
		List<Link> themes = article.getThemes()
			.stream()
			.filter(Theme::isPublished)
			.sorted(java.util.Comparator.comparingInt(Theme::getPosition))
			.map((theme) -> new Link(theme.getTitle(), theme.getUrl()))
			.toList();
		Set<Long> themeIds = new LinkedHashSet<>();
		Set<String> themeSlugs = new LinkedHashSet<>();
		article.getThemes().forEach((theme) -> {
			themeIds.add(theme.getId());
			themeSlugs.add(theme.getSlug());
		});
		List<RelatedBlock> blocks = this.related.find(new RelatedQuery(article.getUrl(), themeIds, themeSlugs,
				List.copyOf(article.getPins()), RelatedContent.PER_BLOCK), true, locale);
		List<Supporter> supporters = article.getSupporters()
			.stream()
			.sorted(java.util.Comparator.comparingInt(Supporter::getPosition).thenComparing(Supporter::getName))
			.toList();
		Link belongsTo = this.canonicalPages.orderedStream()
			.map((pages) -> pages.canonicalOf(article.getUrl(), locale))
			.flatMap(Optional::stream)
			.findFirst()
			.orElse(null);
		String absolute = this.address.absolute((belongsTo != null) ? belongsTo.href() : article.getUrl());
		Link cta = (article.getCtaLabel() != null && !article.getCtaLabel().isBlank() && article.getCtaUrl() != null)
				? new Link(article.getCtaLabel(), article.getCtaUrl()) : null;
		String image = (article.getImagePath() != null) ? article.getImagePath() : "";
		// A library image: responsive, with its credit; the article may set its own
		// caption
		// and description.
		Picture picture = this.media.pictureAt(image)
			.map((found) -> found.withText(article.getImageCaption(), null).withAlt(article.getImageAlt()))
			.orElse(null);
		return new ArticlePage(article.getTitle(), label, Dates.shortDate(article.getPublishedAt()),
				article.getPublishedAt().atZone(Dates.ZONE).toLocalDate().toString(), article.getSummary(),
				this.bodies.toHtml(article.getBody()), image, nonNull(article.getImageAlt()),
				nonNull(article.getImageCaption()), cta, supporters(supporters, Supporter.Role.FUNDER),
				supporters(supporters, Supporter.Role.PARTNER), themes,
				"mailto:?subject=" + encode(article.getTitle()) + "&body="
						+ encode(article.getSummary() + "\n\n" + absolute),
				"https://wa.me/?text=" + encode(article.getTitle() + " " + absolute), blocks, crumbs,
				new PageHead((belongsTo != null) ? belongsTo.href() : article.getUrl(), "article", image,
						jsonLd(article, label, crumbs, supporters, knowledge)),
				belongsTo, picture);
	}

	private String jsonLd(Article article, String label, List<Link> crumbs, List<Supporter> supporters,
			boolean knowledge) {
		Map<String, Object> node = JsonLd.object(knowledge ? "Article" : "NewsArticle");
		node.put("headline", article.getTitle());
		node.put("description", article.getSummary());
		node.put("articleSection", label);
		node.put("datePublished", article.getPublishedAt().toString());
		node.put("dateModified", article.getLastModified().toString());
		node.put("mainEntityOfPage", this.address.absolute(article.getUrl()));
		node.put("inLanguage", "nl");
		if (article.getImagePath() != null) {
			node.put("image", this.address.absolute(article.getImagePath()));
		}
		Map<String, Object> publisher = JsonLd.organization(this.network, this.address);
		node.put("publisher", publisher);
		node.put("author", publisher);
		List<Map<String, Object>> funders = new ArrayList<>();
		for (Supporter supporter : supporters) {
			Map<String, Object> organization = JsonLd.object("Organization");
			organization.put("name", supporter.getName());
			organization.put("url", supporter.getUrl());
			funders.add(organization);
		}
		if (!funders.isEmpty()) {
			node.put("funder", funders);
		}
		return JsonLd.graph(List.of(node, JsonLd.organization(this.network, this.address),
				JsonLd.breadcrumbs(this.address, crumbs)));
	}

	static List<SupporterView> supporters(List<Supporter> supporters, Supporter.Role role) {
		return supporters.stream().filter((supporter) -> supporter.getRole() == role).map(SupporterView::of).toList();
	}

	private static String nonNull(String value) {
		return (value != null) ? value : "";
	}

	private static String encode(String value) {
		return UriUtils.encode(value, StandardCharsets.UTF_8);
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
