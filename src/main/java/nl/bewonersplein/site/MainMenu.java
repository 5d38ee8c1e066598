package nl.bewonersplein.site;

import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The main navigation: the {@link MenuSection} beans the modules declare, in their order.
 * The site module names no section itself, so a module that lands appears in the menu by
 * declaring its section.
 */
@Component
class MainMenu implements SmartInitializingSingleton {

	private final ObjectProvider<MenuSection> declared;

	private volatile List<MenuSection> sections = List.of();

	MainMenu(ObjectProvider<MenuSection> declared) {
		this.declared = declared;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.sections = this.declared.orderedStream()
			.sorted(Comparator.comparingInt(MenuSection::order).thenComparing(MenuSection::path))
			.toList();
	}

	/** The sections, in menu order. */
	List<MenuSection> sections() {
		return this.sections;
	}

}
