package nl.bewonersplein.site;

import java.lang.reflect.RecordComponent;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.bewonersplein.Http;
import nl.bewonersplein.SiteTest;
import nl.bewonersplein.accounts.TestLogins;
import nl.bewonersplein.shared.Role;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9, "done when": a bounded fuzz loop over every mapped GET and POST (read from the
 * request mappings, so a new endpoint is fuzzed without being listed here), as a visitor
 * and as an admin, with over-long, NUL, invalid UTF-8, negative, huge and markup values
 * in every path variable, query parameter and form field. No answer may be a 5xx. Bounded
 * in time ({@link #BUDGET}) so the suite stays within CI's limit.
 */
@SiteTest
@Tag("fuzz")
class FuzzTests {

	static final Duration BUDGET = Duration.ofSeconds(120);

	/**
	 * Already url-encoded, so that bytes a browser would never send go out as they are.
	 */
	static final List<String> VALUES = List.of("-2147483648", "%C3%28", "a%00b", "a".repeat(3000),
			"99999999999999999999", "%FF%FE", "-1", "%00", "2147483648", "%ED%A0%80", "0", "1e309", "NaN",
			enc("<script>alert(1)</script>"), enc("' or 1=1--"), enc("../../etc/passwd"), "%E2%80%AE", "");

	/**
	 * Posting these would end the admin's session or count as failed logins for everyone.
	 */
	static final Set<String> NOT_POSTED = Set.of("/uitloggen", "/inloggen");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void noInputMakesTheApplicationFail() {
		String admin = TestLogins.create(this.context, Role.ADMIN);
		Http adminBrowser = Http.withCookies(this.port);
		adminBrowser.login(admin, TestLogins.PASSWORD);
		Instant deadline = Instant.now().plus(BUDGET);
		List<String> failures = new ArrayList<>();
		int requests = 0;
		List<Endpoint> endpoints = endpoints();
		assertThat(endpoints).as("mapped endpoints").hasSizeGreaterThan(20);
		for (String value : VALUES) {
			// A new visitor (own address, own session) per value keeps it under the
			// per-form limits.
			Http anonymous = Http.withCookies(this.port);
			for (Endpoint endpoint : endpoints) {
				if (Instant.now().isAfter(deadline)) {
					break;
				}
				for (boolean asAdmin : new boolean[] { false, true }) {
					Http visitor = asAdmin ? adminBrowser : anonymous;
					String path = endpoint.path(value);
					String query = endpoint.fields.stream()
						.map((f) -> f + "=" + value)
						.collect(Collectors.joining("&"));
					HttpResponse<String> answer;
					if (endpoint.method == RequestMethod.GET) {
						answer = visitor.get(path + (query.isEmpty() ? "" : "?" + query));
					}
					else {
						String token = visitor.csrfToken(asAdmin ? "/admin" : "/inloggen");
						answer = visitor.postEncoded(path, query + (query.isEmpty() ? "" : "&") + "_csrf=" + token);
					}
					requests++;
					if (answer.statusCode() >= 500) {
						failures.add(endpoint.method + " " + path + "?" + abbreviate(query)
								+ (asAdmin ? " (admin)" : "") + " -> " + answer.statusCode());
					}
				}
			}
		}
		System.out.println("FuzzTests: " + requests + " requests over " + endpoints.size() + " endpoints");
		assertThat(requests).as("requests sent within the budget").isGreaterThan(endpoints.size());
		assertThat(failures).isEmpty();
	}

	private List<Endpoint> endpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			Set<String> fields = fields(entry.getValue());
			for (String pattern : info.getPatternValues()) {
				// The test-only controller fails on purpose (it tests the 500 page).
				if (pattern.startsWith("/actuator") || pattern.startsWith("/test-only")) {
					continue;
				}
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					if (method == RequestMethod.GET
							|| (method == RequestMethod.POST && !NOT_POSTED.contains(pattern))) {
						endpoints.add(new Endpoint(method, pattern, fields));
					}
				}
			}
		}
		return endpoints;
	}

	/** The names of the query parameters and form fields a handler reads. */
	private static Set<String> fields(HandlerMethod handler) {
		Set<String> names = new LinkedHashSet<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			Class<?> type = parameter.getParameterType();
			if (param != null) {
				String name = !param.name().isEmpty() ? param.name() : param.value();
				names.add(!name.isEmpty() ? name : String.valueOf(parameter.getParameterName()));
			}
			else if (type == Paging.class) {
				names.add(Paging.PARAM);
			}
			else if (type.isRecord() && (parameter.hasParameterAnnotation(ModelAttribute.class)
					|| type.getSimpleName().endsWith("Form"))) {
				for (RecordComponent component : type.getRecordComponents()) {
					names.add(component.getName());
				}
			}
		}
		return names;
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static String abbreviate(String text) {
		return (text.length() > 200) ? text.substring(0, 200) + "..." : text;
	}

	record Endpoint(RequestMethod method, String pattern, Set<String> fields) {

		String path(String value) {
			String segment = value.isEmpty() ? "x" : value.replace("%2F", "x");
			return this.pattern.replaceAll("\\{\\*?[^}]+\\}", java.util.regex.Matcher.quoteReplacement(segment))
				.replace("**", segment)
				.replace("*", segment);
		}

	}

}
