package nl.bewonersplein.content;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import nl.bewonersplein.editorial.EditState;
import nl.bewonersplein.editorial.Editable;
import nl.bewonersplein.editorial.Publishable;
import nl.bewonersplein.editorial.Redirects;
import nl.bewonersplein.media.BodyRenderer;
import nl.bewonersplein.media.MediaLibrary;
import nl.bewonersplein.shared.Link;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * Articles as the shared edit flow sees them: how a form becomes an article, what is
 * checked besides bean validation, and the edit page. A changed address keeps the old one
 * working.
 */
@Component
class ArticleEditing implements Editable<Article, ArticleForm>, Publishable<Article> {

	static final String BASE = "/admin/artikelen";

	private final ArticleRepository articles;

	private final ThemeRepository themes;

	private final SupporterRepository supporters;

	private final Redirects redirects;

	private final BodyRenderer bodies;

	private final MessageSource messages;

	private final Clock clock;

	ArticleEditing(ArticleRepository articles, ThemeRepository themes, SupporterRepository supporters,
			Redirects redirects, BodyRenderer bodies, MessageSource messages, Clock clock) {
		this.articles = articles;
		this.themes = themes;
		this.supporters = supporters;
		this.redirects = redirects;
		this.bodies = bodies;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public String base() {
		return BASE;
	}

	@Override
	public String kind() {
		return "article";
	}

	@Override
	public Optional<Article> find(long id) {
		return this.articles.findById(id);
	}

	@Override
	public long id(Article article) {
		return article.getId();
	}

	@Override
	public long version(Article article) {
		return article.getVersion();
	}

	@Override
	public String subject(Article article) {
		return "Artikel " + article.getId() + " \"" + article.getTitle() + "\"";
	}

	@Override
	public String title(Article article) {
		return article.getTitle();
	}

	@Override
	public String deleteTitleKey() {
		return "content.admin.articles.delete";
	}

	@Override
	public ArticleForm form(Article article) {
		return ArticleForm.of(article);
	}

	@Override
	public boolean online(Article article, Instant now) {
		return article.isPublished(now);
	}

	@Override
	public void publish(Article article, Instant at) {
		article.publish(at);
	}

	@Override
	public void unpublish(Article article) {
		article.unpublish();
	}

	@Override
	public String publicPath(Article article) {
		return article.getUrl();
	}

	@Override
	public void check(ArticleForm form, Article article, BindingResult result) {
		if ((form.slug() == null || form.slug().isBlank()) && !result.hasFieldErrors("slug")) {
			result.rejectValue("slug", "form.required");
		}
		if (form.slug() != null && !result.hasFieldErrors("slug")) {
			this.articles.findBySlug(form.slug())
				.filter((other) -> article == null || !other.getId().equals(article.getId()))
				.ifPresent((other) -> result.rejectValue("slug", "content.admin.slug.taken"));
		}
		// A library image brings its own description; another path needs one here.
		if (ArticleForm.blankToNull(form.imagePath()) != null && ArticleForm.blankToNull(form.imageAlt()) == null
				&& !MediaLibrary.isLibraryPath(form.imagePath())) {
			result.rejectValue("imageAlt", "content.admin.image.alt");
		}
		if (ArticleForm.blankToNull(form.ctaLabel()) != null && ArticleForm.blankToNull(form.ctaUrl()) == null) {
			result.rejectValue("ctaUrl", "form.required");
		}
	}

	@Override
	public String preview(ArticleForm form) {
		return this.bodies.toHtml(form.body());
	}

	@Override
	public Article create(ArticleForm form) {
		Article article = new Article(form.kindValue(), form.slug(), form.title().strip(), form.summary().strip(),
				ArticleForm.orEmpty(form.body()), this.clock.instant());
		apply(article, form);
		this.articles.saveAndFlush(article);
		this.redirects.claimed(article.getUrl());
		return article;
	}

	@Override
	public void update(Article article, ArticleForm form) {
		String oldUrl = article.getUrl();
		Instant now = this.clock.instant();
		article.edit(form.kindValue(), form.slug(), form.title().strip(), form.summary().strip(),
				ArticleForm.orEmpty(form.body()), now);
		apply(article, form);
		if (!oldUrl.equals(article.getUrl())) {
			this.redirects.moved(oldUrl, article.getUrl(), now);
		}
		this.articles.saveAndFlush(article);
	}

	@Override
	public void delete(Article article) {
		this.redirects.removed(article.getUrl());
		this.articles.delete(article);
	}

	private void apply(Article article, ArticleForm form) {
		article.setImage(ArticleForm.blankToNull(form.imagePath()), ArticleForm.blankToNull(form.imageAlt()),
				ArticleForm.blankToNull(form.imageCaption()));
		article.setCallToAction(ArticleForm.blankToNull(form.ctaLabel()), ArticleForm.blankToNull(form.ctaUrl()));
		article.getThemes().clear();
		article.getThemes().addAll(this.themes.findAllById(form.themeIds()));
		article.getSupporters().clear();
		article.getSupporters().addAll(this.supporters.findAllById(form.supporterIds()));
		article.getPins().clear();
		article.getPins().addAll(form.pinList());
	}

	@Override
	public String show(Article article, ArticleForm form, EditState state, Locale locale, Model model) {
		Set<Long> chosenThemes = new HashSet<>(form.themeIds());
		Set<Long> chosenSupporters = new HashSet<>(form.supporterIds());
		List<Link> kinds = List.of(ArticleKind.values())
			.stream()
			.map((kind) -> new Link(text(kind.labelKey(), locale), kind.name(), kind.name().equals(form.kind())))
			.toList();
		List<Link> themeOptions = this.themes.findAllByOrderByPositionAscTitleAsc()
			.stream()
			.map((theme) -> new Link(theme.getTitle(), String.valueOf(theme.getId()),
					chosenThemes.contains(theme.getId())))
			.toList();
		List<Link> supporterOptions = this.supporters.findAll()
			.stream()
			.map((supporter) -> new Link(supporter.getName(), String.valueOf(supporter.getId()),
					chosenSupporters.contains(supporter.getId())))
			.toList();
		boolean published = article != null && article.isPublished(this.clock.instant());
		model.addAttribute("editor", new ArticleEditor(
				(article == null) ? text("content.admin.articles.new", locale)
						: this.messages.getMessage("content.admin.articles.edit", new Object[] { article.getTitle() },
								locale),
				(article == null) ? BASE : BASE + "/" + article.getId(), (article != null) ? article.getId() : null,
				published, (article != null) ? article.getUrl() : "", ArticleForm.orEmpty(form.kind()),
				ArticleForm.orEmpty(form.slug()), ArticleForm.orEmpty(form.title()),
				ArticleForm.orEmpty(form.summary()), ArticleForm.orEmpty(form.body()),
				ArticleForm.orEmpty(form.imagePath()), ArticleForm.orEmpty(form.imageAlt()),
				ArticleForm.orEmpty(form.imageCaption()), ArticleForm.orEmpty(form.ctaLabel()),
				ArticleForm.orEmpty(form.ctaUrl()), ArticleForm.orEmpty(form.pins()), state.version(), kinds,
				themeOptions, supporterOptions, state.errors(), state.conflict(), state.preview(), state.formToken()));
		return "content/admin/article";
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
