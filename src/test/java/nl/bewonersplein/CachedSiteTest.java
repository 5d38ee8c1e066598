package nl.bewonersplein;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Like {@link SiteTest}, with the page cache of public pages on ({@code site.PageCache}),
 * as in production; the other tests run without it, so that data they write directly
 * shows at once. The tests that use it share this one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "bewonersplein.page-cache.enabled=true", "bewonersplein.kept-data.enabled=true" })
@Import(TestClock.Config.class)
public @interface CachedSiteTest {

}
