package nl.bewonersplein.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Interface texts: every module keeps its own bundle in {@code i18n/<module>.properties}
 * (Dutch, the default) and {@code i18n/<module>_en.properties} (English). All bundles
 * found there are used, so a new module adds texts without touching configuration.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfig {

	@Bean
	MessageSource messageSource() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames(basenames());
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		messages.setAlwaysUseMessageFormat(false);
		return messages;
	}

	static String[] basenames() {
		try {
			Resource[] bundles = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
			return Arrays.stream(bundles)
				.map(Resource::getFilename)
				.filter(Objects::nonNull)
				.filter((name) -> !name.matches(".*_[a-z]{2}\\.properties"))
				.map((name) -> "i18n/" + name.substring(0, name.length() - ".properties".length()))
				.distinct()
				.sorted()
				.toArray(String[]::new);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
