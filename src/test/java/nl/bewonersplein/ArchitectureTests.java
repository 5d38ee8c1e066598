package nl.bewonersplein;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The size bars of the house style: no controller with more than 7 handler methods, no
 * main source file over 300 lines. Split a controller by what its users do; move long
 * texts into resource files.
 */
class ArchitectureTests {

	static final int MAX_HANDLERS = 7;

	static final int MAX_LINES = 300;

	/** The main sources, read from the file system: ArchUnit sees only class files. */
	static final Path SOURCES = Path.of("src", "main", "java");

	/**
	 * Our own classes: not the tests, and not what Spring AOT generates into the same
	 * output when the jar is packaged (ADR 0020): {@code X__BeanDefinitions} and the
	 * like, and the CGLIB proxies it writes out.
	 */
	static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.withImportOption((location) -> !location.contains("__") && !location.contains("$$SpringCGLIB$$"))
		.importPackages("nl.bewonersplein");

	@Test
	void controllersHaveAtMostSevenHandlerMethods() {
		classes().that().areMetaAnnotatedWith(Controller.class).should(haveAtMostHandlers(MAX_HANDLERS)).check(MAIN);
	}

	@Test
	void mainSourceFilesHaveAtMostThreeHundredLines() {
		assertThat(SOURCES).as("run from the project folder").isDirectory();
		classes().that().areTopLevelClasses().should(haveASourceFileOfAtMost(MAX_LINES)).check(MAIN);
	}

	static ArchCondition<JavaClass> haveAtMostHandlers(int max) {
		return new ArchCondition<>("have at most " + max + " handler methods") {
			@Override
			public void check(JavaClass type, ConditionEvents events) {
				long handlers = handlerCount(type);
				events.add(new SimpleConditionEvent(type, handlers <= max,
						type.getName() + " has " + handlers + " handler methods (at most " + max + ")"));
			}
		};
	}

	/**
	 * Methods mapped to a request: {@code @GetMapping}, {@code @PostMapping}, ...; with
	 * those a base class such as {@code editorial.EditController} gives it.
	 */
	static long handlerCount(JavaClass type) {
		return type.getAllMethods()
			.stream()
			.filter((method) -> method.isMetaAnnotatedWith(RequestMapping.class))
			.count();
	}

	static ArchCondition<JavaClass> haveASourceFileOfAtMost(int max) {
		return new ArchCondition<>("have a source file of at most " + max + " lines") {
			@Override
			public void check(JavaClass type, ConditionEvents events) {
				Path file = sourceFile(type);
				if (!Files.isRegularFile(file)) {
					events
						.add(SimpleConditionEvent.violated(type, "no source file " + file + " for " + type.getName()));
					return;
				}
				long lines = lines(file);
				events.add(new SimpleConditionEvent(type, lines <= max,
						file + " has " + lines + " lines (at most " + max + ")"));
			}
		};
	}

	static Path sourceFile(JavaClass type) {
		Path folder = SOURCES.resolve(type.getPackageName().replace('.', '/'));
		return type.getSourceCodeLocation().getSourceFileName() != null
				? folder.resolve(type.getSourceCodeLocation().getSourceFileName())
				: folder.resolve(type.getSimpleName() + ".java");
	}

	static long lines(Path file) {
		try (var lines = Files.lines(file)) {
			return lines.count();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
