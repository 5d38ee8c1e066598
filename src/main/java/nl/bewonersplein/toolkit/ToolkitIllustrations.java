package nl.bewonersplein.toolkit;

import java.util.List;

import nl.bewonersplein.media.Illustrations;
import nl.bewonersplein.media.MediaLibrary;
import nl.bewonersplein.shared.Network;
import nl.bewonersplein.site.DemoContent;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the demo toolkit its image, an illustration of neighbours meeting
 * ({@link Illustrations}): on its page, the booklet's cover and chapter openers. Runs
 * once per database, after the articles got theirs (the same drawing is reused); a
 * toolkit that has an image already keeps it.
 */
@Component
@Order(46)
class ToolkitIllustrations implements ApplicationRunner {

	static final Illustrations.Scene COVER = Illustrations.Scene.NEIGHBOURS;

	private final DemoContent demo;

	private final MediaLibrary library;

	private final ToolkitRepository toolkits;

	private final TransactionTemplate transaction;

	private final Network network;

	ToolkitIllustrations(DemoContent demo, MediaLibrary library, ToolkitRepository toolkits,
			TransactionTemplate transaction, Network network) {
		this.demo = demo;
		this.library = library;
		this.toolkits = toolkits;
		this.transaction = transaction;
		this.network = network;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.demo.loadOnce("toolkit-illustrations", () -> {
			String path = this.library.addIllustrations(List.of(COVER), this.network.shortName()).get(COVER);
			this.transaction.executeWithoutResult((status) -> this.toolkits.findBySlug(ToolkitDemo.SLUG)
				.filter((toolkit) -> toolkit.getCoverImage() == null)
				.ifPresent((toolkit) -> toolkit.cover(path, null, null)));
		});
	}

}
