package nl.bewonersplein.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.bewonersplein.media.Illustrations;
import nl.bewonersplein.media.Illustrations.Scene;
import nl.bewonersplein.media.MediaLibrary;
import nl.bewonersplein.shared.Network;
import nl.bewonersplein.site.DemoContent;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives the demo events their images: the illustrations our own code draws
 * ({@link Illustrations}, the ones the articles have, so nothing is drawn again), one
 * that fits each event. Runs once per database, after the demo agenda; an event that has
 * an image already (an editor chose one) keeps it.
 */
@Component
@Order(61)
class EventIllustrations implements ApplicationRunner {

	/** The demo events that get an image, by slug, and the scene each gets. */
	static final Map<String, Scene> SCENES = ordered(List.of(
			Map.entry("regiobijeenkomst-oost-zwolle", Scene.NEIGHBOURS),
			Map.entry("webinar-right-to-challenge-uitgelegd", Scene.MAP),
			Map.entry("toolkitwerkplaats-eindhoven", Scene.TABLE), Map.entry("toolkitwerkplaats-utrecht", Scene.TABLE),
			Map.entry("webinar-right-to-challenge-praktijk", Scene.CENTRE),
			Map.entry("regiobijeenkomst-noord-groningen", Scene.STREET),
			Map.entry("koffieochtend-buurtcoaches-den-haag", Scene.BENCH),
			Map.entry("online-inloopuur-energie", Scene.ENERGY), Map.entry("buurtwandeling-maastricht", Scene.STREET),
			Map.entry("landelijke-bewonersdag", Scene.NEIGHBOURS)));

	private final DemoContent demo;

	private final MediaLibrary library;

	private final JdbcTemplate jdbc;

	private final Network network;

	EventIllustrations(DemoContent demo, MediaLibrary library, JdbcTemplate jdbc, Network network) {
		this.demo = demo;
		this.library = library;
		this.jdbc = jdbc;
		this.network = network;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.demo.loadOnce("events-illustrations", () -> {
			Map<Scene, String> paths = this.library.addIllustrations(SCENES.values(), this.network.shortName());
			SCENES.forEach((slug, scene) -> this.jdbc.update(
					"update event set image_path = ? where slug = ? and image_path is null", paths.get(scene), slug));
		});
	}

	private static Map<String, Scene> ordered(List<Map.Entry<String, Scene>> entries) {
		Map<String, Scene> map = new LinkedHashMap<>();
		entries.forEach((entry) -> map.put(entry.getKey(), entry.getValue()));
		return java.util.Collections.unmodifiableMap(map);
	}

}
