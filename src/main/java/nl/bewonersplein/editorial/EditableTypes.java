package nl.bewonersplein.editorial;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every editable type, by its admin base path and by its audit name: the ones that are
 * beans, and the ones their controllers register ({@link EditFlow#register}). The shared
 * revision pages and the scheduled job find a type here.
 */
@Component
class EditableTypes {

	private final ObjectProvider<Editable<?, ?>> beans;

	private final Map<String, Editable<?, ?>> byBase = new ConcurrentHashMap<>();

	private final Map<String, Editable<?, ?>> byKind = new ConcurrentHashMap<>();

	private volatile boolean beansAdded;

	EditableTypes(ObjectProvider<Editable<?, ?>> beans) {
		this.beans = beans;
	}

	void register(Editable<?, ?> type) {
		this.byBase.putIfAbsent(type.base(), type);
		this.byKind.putIfAbsent(type.kind(), type);
	}

	Optional<Editable<?, ?>> atBase(String base) {
		addBeans();
		return Optional.ofNullable(this.byBase.get(base));
	}

	Optional<Editable<?, ?>> ofKind(String kind) {
		addBeans();
		return Optional.ofNullable(this.byKind.get(kind));
	}

	private void addBeans() {
		if (!this.beansAdded) {
			this.beans.orderedStream().forEach(this::register);
			this.beansAdded = true;
		}
	}

}
