package nl.bewonersplein.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The demo's texts as files under {@code src/main/resources/demo/}: one Markdown file per
 * item with a small front matter of {@code key: value} lines between {@code ---} lines,
 * then the body. Files load in the order of their names (start them with a number), so
 * editing the demo needs no Java.
 */
public final class DemoFiles {

	private DemoFiles() {
	}

	/**
	 * The files matching {@code pattern} under {@code demo/}, e.g.
	 * {@code content/articles/*.md}, ordered by their path.
	 * @throws IllegalStateException when there are none (a typo would silently empty the
	 * demo)
	 */
	public static List<DemoFile> read(String pattern) {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:demo/" + pattern);
			if (resources.length == 0) {
				throw new IllegalStateException("No demo files match demo/" + pattern);
			}
			return Arrays.stream(resources).map(DemoFiles::parse).sorted(Comparator.comparing(DemoFile::path)).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static DemoFile parse(Resource resource) {
		try {
			String url = resource.getURL().toString();
			String path = url.substring(url.lastIndexOf("/demo/") + "/demo/".length());
			return parse(path, resource.getContentAsString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static DemoFile parse(String path, String text) {
		String normalised = text.replace("\r\n", "\n");
		if (!normalised.startsWith("---\n")) {
			throw new IllegalStateException("Demo file " + path + " does not start with a front matter (---)");
		}
		int end = normalised.indexOf("\n---\n", 3);
		if (end < 0) {
			throw new IllegalStateException("Demo file " + path + " has no end of its front matter (---)");
		}
		Map<String, String> fields = new LinkedHashMap<>();
		for (String line : normalised.substring(4, end).split("\n")) {
			if (line.isBlank()) {
				continue;
			}
			int colon = line.indexOf(':');
			if (colon < 1) {
				throw new IllegalStateException("Demo file " + path + ": not a 'key: value' line: " + line);
			}
			fields.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
		}
		return new DemoFile(path, fields, normalised.substring(end + 5).strip() + "\n");
	}

	/**
	 * One demo file.
	 *
	 * @param path its path under {@code demo/}, e.g.
	 * {@code content/articles/02-soep-op-de-stoep.md}
	 * @param fields the front matter
	 * @param body the text after the front matter
	 */
	public record DemoFile(String path, Map<String, String> fields, String body) {

		/** A field that must be there. */
		public String field(String name) {
			String value = this.fields.get(name);
			if (value == null || value.isEmpty()) {
				throw new IllegalStateException("Demo file " + this.path + " has no '" + name + "'");
			}
			return value;
		}

		/** A comma-separated field, empty when absent. */
		public List<String> list(String name) {
			String value = this.fields.get(name);
			return (value == null || value.isBlank()) ? List.of()
					: Arrays.stream(value.split(",")).map(String::strip).filter((item) -> !item.isEmpty()).toList();
		}

		/** The folder the file is in, relative to {@code demo/}. */
		public String folder() {
			int slash = this.path.lastIndexOf('/');
			return (slash < 0) ? "" : this.path.substring(0, slash);
		}

	}

}
