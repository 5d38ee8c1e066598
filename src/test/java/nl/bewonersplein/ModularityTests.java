package nl.bewonersplein;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(BewonerspleinApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicApiAndDeclaredDependencies() {
		MODULES.verify();
	}

	/**
	 * Writes the module documentation (a PlantUML diagram of all modules and one per
	 * module) into {@code docs/modules}, so that it always shows the modules as they are.
	 * (Module canvases would need the Javadoc JSON of {@code spring-modulith-apt}, which
	 * the build does not produce.)
	 */
	@Test
	void writesTheModuleDocumentation() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		assertThat(Path.of("docs/modules/components.puml")).exists();
	}

	/** The README's module table names exactly the modules there are. */
	@Test
	void theReadmeListsExactlyTheModules() throws IOException {
		Set<String> listed = new TreeSet<>();
		Matcher row = Pattern.compile("(?m)^\\| `([a-z]+)` \\|").matcher(Files.readString(Path.of("README.md")));
		while (row.find()) {
			listed.add(row.group(1));
		}
		Set<String> modules = MODULES.stream()
			.map(ApplicationModule::getIdentifier)
			.map(Object::toString)
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(listed).isEqualTo(modules);
	}

}
