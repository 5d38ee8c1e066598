package nl.bewonersplein.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The first path segments the application already uses, derived from what is there rather
 * than listed: every literal first segment a controller maps, every {@link MenuSection},
 * the static files and folders, and the web plumbing ({@code error}, {@code actuator}). A
 * page that lives at a single segment of its own (a static page such as
 * {@code /over-ons}) may only take a segment that is free.
 */
@Component
public class TopLevelPaths implements SmartInitializingSingleton {

	private final RequestMappingHandlerMapping mappings;

	private final ObjectProvider<MenuSection> sections;

	private volatile Set<String> taken = Set.of();

	TopLevelPaths(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings,
			ObjectProvider<MenuSection> sections) {
		this.mappings = mappings;
		this.sections = sections;
	}

	@Override
	public void afterSingletonsInstantiated() {
		Set<String> segments = new HashSet<>(Set.of("error", "actuator"));
		this.mappings.getHandlerMethods()
			.keySet()
			.forEach((info) -> info.getPatternValues().forEach((pattern) -> add(segments, pattern)));
		this.sections.forEach((section) -> add(segments, section.path()));
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath:/static/*")) {
				add(segments, "/" + resource.getFilename());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.taken = Set.copyOf(segments);
	}

	/**
	 * Whether the application already uses this first path segment (e.g. {@code nieuws}).
	 */
	public boolean isTaken(String segment) {
		return this.taken.contains(segment.toLowerCase(Locale.ROOT));
	}

	private static void add(Set<String> segments, String path) {
		if (path == null) {
			return;
		}
		String first = path.replaceFirst("^/+", "").split("/", 2)[0];
		if (first.isEmpty() || first.startsWith("{") || first.contains("*")) {
			return;
		}
		segments.add(first.toLowerCase(Locale.ROOT));
		int dot = first.indexOf('.');
		if (dot > 0) {
			segments.add(first.substring(0, dot).toLowerCase(Locale.ROOT));
		}
	}

}
