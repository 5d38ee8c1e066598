package nl.bewonersplein.site;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

class MessageBundleTests {

	@Test
	void everyDutchTextHasAnEnglishTranslationAndNoneIsEmpty() throws IOException {
		String[] basenames = MessagesConfig.basenames();
		assertThat(basenames).contains("i18n/site", "i18n/content", "i18n/search", "i18n/accounts");
		for (String basename : basenames) {
			Properties dutch = load(basename + ".properties");
			Properties english = load(basename + "_en.properties");
			assertThat(keys(english)).as(basename + ": English keys").isEqualTo(keys(dutch));
			dutch.forEach((key, value) -> assertThat(value.toString()).as(basename + " " + key).isNotBlank());
			english.forEach((key, value) -> assertThat(value.toString()).as(basename + "_en " + key).isNotBlank());
		}
	}

	@Test
	void noKeyIsDefinedInTwoBundles() throws IOException {
		Set<String> seen = new TreeSet<>();
		for (String basename : MessagesConfig.basenames()) {
			for (String key : keys(load(basename + ".properties"))) {
				assertThat(seen.add(key)).as("key " + key + " defined twice (again in " + basename + ")").isTrue();
			}
		}
	}

	private static Set<String> keys(Properties properties) {
		return new TreeSet<>(properties.stringPropertyNames());
	}

	private static Properties load(String path) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		return properties;
	}

}
