package nl.bewonersplein.site;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Web configuration of the site: Dutch by default, English on request (browser preference
 * or the footer switch, remembered in a cookie only after that choice), and ETags so that
 * unchanged pages answer 304.
 */
@Configuration(proxyBeanMethods = false)
class SiteWebConfig implements WebMvcConfigurer {

	static final Locale NL = Locale.forLanguageTag("nl");

	static final List<Locale> SUPPORTED = List.of(NL, Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("taal") {

			@Override
			public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
				// Only the languages the interface is translated into can be chosen.
				if (locale == null
						|| SUPPORTED.stream().anyMatch((l) -> l.getLanguage().equals(locale.getLanguage()))) {
					super.setLocale(request, secureBehindTls(request, response),
							(locale != null) ? Locale.forLanguageTag(locale.getLanguage()) : null);
				}
			}

		};
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setCookieHttpOnly(true);
		resolver.setDefaultLocaleFunction(SiteWebConfig::fromBrowser);
		return resolver;
	}

	/**
	 * The response, with {@code Secure} added to the cookies it sets when the request
	 * came in over TLS (directly, or through a trusted proxy's
	 * {@code X-Forwarded-Proto}).
	 */
	static HttpServletResponse secureBehindTls(HttpServletRequest request, HttpServletResponse response) {
		if (!request.isSecure()) {
			return response;
		}
		return new HttpServletResponseWrapper(response) {

			@Override
			public void addHeader(String name, String value) {
				super.addHeader(name, secure(name, value));
			}

			@Override
			public void setHeader(String name, String value) {
				super.setHeader(name, secure(name, value));
			}

			@Override
			public void addCookie(jakarta.servlet.http.Cookie cookie) {
				cookie.setSecure(true);
				super.addCookie(cookie);
			}

			private String secure(String name, String value) {
				boolean cookie = "Set-Cookie".equalsIgnoreCase(name) && value != null;
				return (cookie && !value.toLowerCase(Locale.ROOT).contains("; secure")) ? value + "; Secure" : value;
			}

		};
	}

	/**
	 * The first supported language the browser asks for; Dutch when it asks for none of
	 * them.
	 */
	static Locale fromBrowser(HttpServletRequest request) {
		if (request.getHeader("Accept-Language") == null) {
			return NL;
		}
		for (Locale wanted : Collections.list(request.getLocales())) {
			for (Locale supported : SUPPORTED) {
				if (supported.getLanguage().equals(wanted.getLanguage())) {
					return supported;
				}
			}
		}
		return NL;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new Paging.Resolver());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
	}

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> etagFilter() {
		ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter();
		// Weak, because the server compresses responses and Tomcat never compresses a
		// response
		// with a strong ETag.
		filter.setWriteWeakETag(true);
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns("/*");
		return registration;
	}

}
