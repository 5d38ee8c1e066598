package nl.bewonersplein.content;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import nl.bewonersplein.media.Illustrations;
import nl.bewonersplein.media.MediaLibrary;
import nl.bewonersplein.shared.Network;
import nl.bewonersplein.site.DemoContent;
import nl.bewonersplein.site.DemoFiles;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the demo articles their header images: illustrations our own code draws
 * ({@link Illustrations}), named by each article file's {@code illustration:} line, added
 * to the media library once per database, after every module's demo (the toolkit's steps
 * are articles too). An article that has an image already (an editor chose one) keeps it;
 * so does a database whose demo was loaded before the illustrations existed, which gets
 * them on its next start.
 */
@Component
@Order(45)
class ArticleIllustrations implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ArticleIllustrations.class);

	/**
	 * Every demo file, of any module, that names an article ({@code slug}) and its
	 * illustration: the news and knowledge, and the toolkit's steps.
	 */
	static final String ILLUSTRATED = "**/*.md";

	private final DemoContent demo;

	private final MediaLibrary library;

	private final ArticleRepository articles;

	private final TransactionTemplate transaction;

	private final Network network;

	ArticleIllustrations(DemoContent demo, MediaLibrary library, ArticleRepository articles,
			TransactionTemplate transaction, Network network) {
		this.demo = demo;
		this.library = library;
		this.articles = articles;
		this.transaction = transaction;
		this.network = network;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.demo.loadOnce("content-illustrations", this::load);
	}

	private void load() {
		Map<String, Illustrations.Scene> scenes = new LinkedHashMap<>();
		long start = System.nanoTime();
		for (DemoFiles.DemoFile file : DemoFiles.read(ILLUSTRATED)) {
			String name = file.fields().get("illustration");
			if (name != null && !name.isBlank() && file.fields().containsKey("slug")) {
				scenes.put(file.field("slug"), Illustrations.Scene.valueOf(name.strip().toUpperCase(Locale.ROOT)));
			}
		}
		Map<Illustrations.Scene, String> paths = this.library.addIllustrations(scenes.values(),
				this.network.shortName());
		long drawn = System.nanoTime();
		this.transaction.executeWithoutResult((status) -> scenes.forEach((slug, scene) -> this.articles.findBySlug(slug)
			.filter((article) -> article.getImagePath() == null)
			.ifPresent((article) -> article.setImage(paths.get(scene), null, null))));
		log.info("Drew and stored {} demo illustrations in {} ms, gave {} articles theirs in {} ms", paths.size(),
				(drawn - start) / 1_000_000, scenes.size(), (System.nanoTime() - drawn) / 1_000_000);
	}

}
