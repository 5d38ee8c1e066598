package nl.bewonersplein.accounts;

import java.io.IOException;
import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import nl.bewonersplein.SiteTest;
import nl.bewonersplein.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The access matrix: every endpoint × {anonymous, member, editor, coordinator, admin}
 * gives the result declared in {@code access-matrix/<module>.txt}, and every endpoint the
 * application maps is declared there.
 */
@SiteTest
class AccessMatrixTests {

	private static final List<Role> ROLES = List.of(Role.MEMBER, Role.EDITOR, Role.COORDINATOR, Role.ADMIN);

	@Autowired
	WebApplicationContext context;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	Clock clock;

	MockMvc mvc;

	/**
	 * One real account per role, so that pages which load the signed-in account find it.
	 */
	final Map<Role, Authentication> people = new EnumMap<>(Role.class);

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		for (Role role : ROLES) {
			AccountPrincipal principal = AccountDetailsService
				.principal(AccountFixtures.create(this.accounts, this.encoder, role), this.clock);
			this.people.put(role,
					UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		}
	}

	record Entry(String method, String pattern, String sample, List<String> expected) {

	}

	static List<Entry> matrix() throws IOException {
		List<Entry> entries = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		// One file per module, so that modules do not edit each other's lines.
		for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:access-matrix/*.txt")) {
			text.append(file.getContentAsString(StandardCharsets.UTF_8)).append('\n');
		}
		for (String line : text.toString().split("\n")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] parts = line.trim().split("\\s+");
			assertThat(parts).as("line: " + line).hasSize(8);
			entries.add(new Entry(parts[0], parts[1], parts[2], List.of(parts).subList(3, 8)));
		}
		return entries;
	}

	@Test
	void everyMappedEndpointIsInTheMatrix() throws IOException {
		Set<String> declared = new TreeSet<>();
		matrix().forEach((entry) -> declared.add(entry.method() + " " + entry.pattern()));
		Set<String> missing = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<String> methods = new TreeSet<>();
			info.getMethodsCondition().getMethods().forEach((method) -> methods.add(method.name()));
			if (methods.isEmpty()) {
				methods.add("GET");
			}
			for (String pattern : info.getPatternValues()) {
				for (String method : methods) {
					if (!declared.contains(method + " " + pattern)) {
						missing.add(method + " " + pattern);
					}
				}
			}
		}
		assertThat(missing).as("endpoints without an access-matrix entry").isEmpty();
	}

	@Test
	void everyRoleGetsTheDeclaredResult() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Entry entry : matrix()) {
			for (int i = 0; i < 5; i++) {
				Role role = (i == 0) ? null : ROLES.get(i - 1);
				String actual = outcome(entry, role);
				String expected = entry.expected().get(i);
				if (!expected.equals(actual)) {
					wrong.add(entry.method() + " " + entry.sample() + " as " + ((role != null) ? role : "anonymous")
							+ ": expected " + expected + ", got " + actual);
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	private MvcResult perform(Entry entry, Role role) throws Exception {
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(entry.method()), entry.sample())
			.accept("text/html");
		if (!"GET".equals(entry.method())) {
			request.with(csrf());
		}
		if (role != null) {
			request.with(authentication(this.people.get(role)));
		}
		return this.mvc.perform(request).andReturn();
	}

	private String outcome(Entry entry, Role role) throws Exception {
		MvcResult result;
		try {
			result = perform(entry, role);
		}
		catch (jakarta.servlet.ServletException ex) {
			// MockMvc rethrows what would be a 500. A 500 is never ok.
			return "500";
		}
		int status = result.getResponse().getStatus();
		String location = result.getResponse().getHeader("Location");
		if (status == 302 && location != null && location.contains("/inloggen")) {
			return "login";
		}
		if (status == 401 || status == 403) {
			return "deny";
		}
		if (status == 404) {
			return "404";
		}
		if (status >= 500) {
			return "500";
		}
		return "ok";
	}

}
