package nl.bewonersplein;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import nl.bewonersplein.site.GeneratedContent;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The context with many generated articles, events and member initiatives (the bench
 * generator at a smaller scale), shared by the tests that need that much content. Its own
 * in-memory database, so the generated content stays out of {@link SiteTest}'s; the page
 * cache is off, so every request is a full render, and derived data is kept as in
 * production.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:scale;DB_CLOSE_DELAY=-1",
				"bewonersplein.demo-content.enabled=true", "bewonersplein.page-cache.enabled=false",
				"bewonersplein.kept-data.enabled=true",
				GeneratedContent.PROPERTY + "=articles:300,events:60,initiatives:150" })
public @interface ScaleTest {

}
