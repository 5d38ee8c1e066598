package nl.bewonersplein.site;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The main navigation. It names every section the site can have; a section is shown as
 * soon as some module serves its path, so a module that lands appears in the menu without
 * the site module knowing it.
 */
@Component
class MainMenu implements SmartInitializingSingleton {

	/** A section: message key of its label and its path. */
	record Section(String labelKey, String path) {

	}

	private static final List<Section> SECTIONS = List.of(new Section("nav.news", "/nieuws"),
			new Section("nav.toolkit", "/toolkit"), new Section("nav.knowledge", "/kennis"),
			new Section("nav.events", "/agenda"), new Section("nav.members", "/leden"),
			new Section("nav.order", "/bestellen"), new Section("nav.themes", "/thema"),
			new Section("nav.search", "/zoeken"));

	private final RequestMappingHandlerMapping mappings;

	private volatile List<Section> available = List.of();

	MainMenu(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
		this.mappings = mappings;
	}

	@Override
	public void afterSingletonsInstantiated() {
		Set<String> served = this.mappings.getHandlerMethods()
			.keySet()
			.stream()
			.flatMap((info) -> info.getPatternValues().stream())
			.collect(Collectors.toSet());
		this.available = SECTIONS.stream().filter((section) -> served.contains(section.path())).toList();
	}

	/** The sections that are served, in menu order. */
	List<Section> sections() {
		return this.available;
	}

}
