package nl.bewonersplein.toolkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.bewonersplein.content.ArticleDrafts;
import nl.bewonersplein.content.ArticleKind;
import nl.bewonersplein.content.Supporters;
import nl.bewonersplein.site.DemoContent;
import nl.bewonersplein.site.DemoFiles;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo toolkit "Betrokken Buurten tegen eenzaamheid": five chapters with
 * sixteen knowledge articles, written by the Bewonersplein team. Runs once per database,
 * after the content module's demo (it needs its themes, funders and partners).
 */
@Component
@Order(40)
class ToolkitDemo implements ApplicationRunner {

	/** The demo toolkit's address. */
	static final String SLUG = "betrokken-buurten";

	static final String CHAPTERS = "toolkit/betrokken-buurten/*/*.md";

	static final String CHAPTER_FILE = "0-hoofdstuk.md";

	private final DemoContent demo;

	private final ToolkitAdmin admin;

	private final ArticleDrafts drafts;

	private final Supporters supporters;

	private final Clock clock;

	ToolkitDemo(DemoContent demo, ToolkitAdmin admin, ArticleDrafts drafts, Supporters supporters, Clock clock) {
		this.demo = demo;
		this.admin = admin;
		this.drafts = drafts;
		this.supporters = supporters;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.demo.loadOnce("toolkit", this::load);
	}

	private void load() {
		// The chapters were written before the toolkit went online, so they are older
		// than
		// the news of its launch.
		Instant written = this.clock.instant().minus(Duration.ofDays(14));
		long toolkit = this.admin.create(SLUG,
				new ToolkitForm("Betrokken Buurten tegen eenzaamheid",
						"Zo breng je buren met elkaar in contact: ideeën en ervaringen van bewonersinitiatieven", INTRO,
						HOW_IT_WORKS, this.supporters.inFooter().stream().map(String::valueOf).toList()));
		for (DemoChapter chapter : chapters()) {
			long chapterId = this.admin.addChapter(toolkit, new ChapterForm(chapter.title(), chapter.intro()));
			for (DemoArticle article : chapter.articles()) {
				long articleId = this.drafts.publish(ArticleKind.KNOWLEDGE, article.slug(), article.title(),
						article.summary(), article.body(), List.of("eenzaamheid-verminderen"), written);
				this.admin.addArticle(toolkit, chapterId, articleId);
			}
		}
		this.admin.publishEdition(toolkit, LocalDate.now(this.clock));
	}

	/**
	 * The demo toolkit's chapters and articles from
	 * {@code demo/toolkit/betrokken-buurten/<n>-<chapter>/}: {@code 0-hoofdstuk.md} holds
	 * the chapter's title and introduction, the other files its articles in order.
	 */
	static List<DemoChapter> chapters() {
		Map<String, List<DemoFiles.DemoFile>> byFolder = new TreeMap<>();
		for (DemoFiles.DemoFile file : DemoFiles.read(CHAPTERS)) {
			byFolder.computeIfAbsent(file.folder(), (folder) -> new ArrayList<>()).add(file);
		}
		List<DemoChapter> chapters = new ArrayList<>();
		for (Map.Entry<String, List<DemoFiles.DemoFile>> folder : byFolder.entrySet()) {
			DemoFiles.DemoFile chapter = folder.getValue()
				.stream()
				.filter((file) -> file.path().endsWith("/" + CHAPTER_FILE))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException(folder.getKey() + " has no " + CHAPTER_FILE));
			List<DemoArticle> articles = folder.getValue()
				.stream()
				.filter((file) -> file != chapter)
				.map((file) -> new DemoArticle(file.field("slug"), file.field("title"), file.field("summary"),
						file.body()))
				.toList();
			chapters.add(new DemoChapter(chapter.field("title"), chapter.body().strip(), articles));
		}
		return chapters;
	}

	record DemoChapter(String title, String intro, List<DemoArticle> articles) {

	}

	record DemoArticle(String slug, String title, String summary, String body) {

	}

	private static final String INTRO = """
			In veel buurten wonen mensen die bijna niemand spreken. Niet omdat ze dat willen, maar omdat het \
			zo gegroeid is. Bewonersinitiatieven merken dat een goed gesprek op de stoep vaak meer doet dan een \
			groot programma.

			Twee jaar lang probeerden bewoners en hun coaches in het hele land uit wat werkt. Wat ze leerden, \
			staat in deze toolkit: eenvoudig, praktisch en meteen te gebruiken.""";

	private static final String HOW_IT_WORKS = """
			De toolkit bestaat uit korte artikelen, verdeeld over hoofdstukken. Je kunt vooraan beginnen en stap \
			voor stap doorlezen. Je kunt ook meteen naar het hoofdstuk gaan dat jou nu het meest helpt.

			Liever op papier? Print de hele toolkit als boekje, of alleen het hoofdstuk of artikel dat je nodig \
			hebt. Er is ook een versie met grote letters. Zo kun je de toolkit ook bespreken met buren die \
			niet vaak achter een computer zitten.""";

}
