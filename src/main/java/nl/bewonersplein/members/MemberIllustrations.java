package nl.bewonersplein.members;

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
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives most demo initiatives a picture: the illustrations our own code draws
 * ({@link Illustrations}, the ones the articles have, so nothing is drawn again), chosen
 * to fit what each initiative does. Runs once per database, after the demo directory; an
 * initiative that has an image already (an editor chose one) keeps it. The others stay
 * without, as many real members do: their cards show how that looks.
 */
@Component
@Order(51)
class MemberIllustrations implements ApplicationRunner {

	/** The demo initiatives that get a picture, by name, and the scene each gets. */
	static final Map<String, Scene> SCENES = ordered(List.of(Map.entry("De Huiskamer", Scene.TABLE),
			Map.entry("Bewoners033", Scene.MAP), Map.entry("Buurtkamer De Schakel", Scene.CENTRE),
			Map.entry("Energiek Leeuwarden", Scene.ENERGY), Map.entry("Zorgcoöperatie Samen Thuis", Scene.BENCH),
			Map.entry("Buurtmoestuin Het Zaadje", Scene.GARDEN),
			Map.entry("Repaircafé Enschede-Noord", Scene.NEIGHBOURS), Map.entry("Wijkcentrum De Klinker", Scene.CENTRE),
			Map.entry("Zon op Almere", Scene.ENERGY), Map.entry("Groene Wig Lelystad", Scene.GARDEN),
			Map.entry("Buurthuis Het Anker", Scene.CENTRE), Map.entry("Taalcafé Zuidwest", Scene.TABLE),
			Map.entry("Dorpshuis De Kiel", Scene.STREET), Map.entry("Brabantse Wind", Scene.ENERGY),
			Map.entry("Groen Woensel", Scene.STREET), Map.entry("Hart van Venlo", Scene.BENCH),
			Map.entry("Buurtcoöperatie Maas-Oost", Scene.NEIGHBOURS)));

	private final DemoContent demo;

	private final MediaLibrary library;

	private final MemberInitiativeRepository initiatives;

	private final TransactionTemplate transaction;

	private final Network network;

	MemberIllustrations(DemoContent demo, MediaLibrary library, MemberInitiativeRepository initiatives,
			TransactionTemplate transaction, Network network) {
		this.demo = demo;
		this.library = library;
		this.initiatives = initiatives;
		this.transaction = transaction;
		this.network = network;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.demo.loadOnce("members-illustrations", () -> {
			Map<Scene, String> paths = this.library.addIllustrations(SCENES.values(), this.network.shortName());
			this.transaction.executeWithoutResult((status) -> SCENES.forEach((name, scene) -> this.initiatives
				.findBySlug(MemberProfiles.slugOf(name))
				.filter((initiative) -> initiative.getImagePath() == null)
				.ifPresent((initiative) -> initiative.setImage(new InitiativeImage(paths.get(scene), null, null)))));
		});
	}

	static <K, V> Map<K, V> ordered(List<Map.Entry<K, V>> entries) {
		Map<K, V> map = new LinkedHashMap<>();
		entries.forEach((entry) -> map.put(entry.getKey(), entry.getValue()));
		return java.util.Collections.unmodifiableMap(map);
	}

}
