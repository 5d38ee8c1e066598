package nl.bewonersplein.accounts;

import java.util.List;

import nl.bewonersplein.admin.AdminMenuItem;
import nl.bewonersplein.admin.AdminPath;
import nl.bewonersplein.shared.Role;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Who may reach what, in one place: public pages for everyone, the admin by role (each
 * module's admin paths as its {@link AdminMenuItem} beans declare them, see
 * {@link AdminRules}), the account pages for anyone logged in. Login is a Dutch form at
 * {@code /inloggen}; CSRF protects every state change. Protective headers are set by the
 * site module for every response; Spring Security's own copies are switched off so they
 * are not doubled.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	static final String LOGIN = "/inloggen";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http,
			@Value("${bewonersplein.rate-limit.login-per-minute:6}") int loginPerMinute,
			@Value("${bewonersplein.rate-limit.form-per-minute:10}") int formPerMinute, SignIn signIn,
			List<AdminMenuItem> adminMenu, List<AdminPath> adminPaths, LoginSlowdown slowdown, KeptForms kept)
			throws Exception {
		String admin = Role.ADMIN.name();
		String editor = Role.EDITOR.name();
		String coordinator = Role.COORDINATOR.name();
		http.authorizeHttpRequests((requests) -> AdminRules.apply(adminMenu, adminPaths, requests)
			.requestMatchers("/admin")
			.hasAnyRole(admin, editor, coordinator)
			.requestMatchers("/admin/**")
			.hasAnyRole(admin, editor)
			.requestMatchers("/account/**")
			.authenticated()
			.anyRequest()
			.permitAll())
			.formLogin((form) -> form.loginPage(LOGIN)
				.loginProcessingUrl(LOGIN)
				.usernameParameter("email")
				.passwordParameter("wachtwoord")
				.failureHandler(new LoginFailure(LOGIN + "?fout"))
				.successHandler(new LoginSuccess(signIn)))
			.logout((logout) -> logout.logoutUrl("/uitloggen").logoutSuccessUrl("/?uitgelogd"))
			.exceptionHandling((handling) -> handling.accessDeniedHandler(new ExpiredFormHandler(kept)))
			.headers((headers) -> headers.frameOptions((frame) -> frame.disable())
				.contentTypeOptions((nosniff) -> nosniff.disable())
				.cacheControl((cache) -> cache.disable()));
		http.addFilterBefore(new PublicFormGuard(loginPerMinute, formPerMinute, slowdown),
				UsernamePasswordAuthenticationFilter.class);
		http.addFilterAfter(new PrivateResponses(), AnonymousAuthenticationFilter.class);
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
