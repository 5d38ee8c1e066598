package nl.bewonersplein.audit;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import nl.bewonersplein.site.Paging;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

/**
 * A web slice of the audit log page: only this controller, its collaborators mocked, no
 * database, no templates, no security (the access matrix covers who may see it). The
 * pattern for controller tests that need not pay for the whole application; journeys keep
 * {@code @SiteTest}.
 */
@WebMvcTest(useDefaultFilters = false,
		includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = AuditAdminController.class))
@AutoConfigureMockMvc(addFilters = false)
class AuditAdminControllerTests {

	static final AuditView.Row ROW = new AuditView.Row("1 december 2026, 10:00", "Redactie", "article.published",
			"Artikel gepubliceerd", "Artikel 1", "");

	@Autowired
	MockMvcTester mvc;

	@TestConfiguration
	static class PagingParameters implements WebMvcConfigurer {

		@Override
		public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
			resolvers.add(Paging.resolver());
		}

	}

	@MockitoBean
	AuditEntries entries;

	/** Replaces the context's own message source: texts come back as their keys. */
	@MockitoBean(name = "messageSource")
	MessageSource messages;

	@BeforeEach
	void texts() {
		given(this.messages.getMessage(anyString(), any(), any(Locale.class)))
			.willAnswer((call) -> call.getArgument(0));
	}

	@Test
	void theFilterIsCleanedAndBadDatesAreIgnored() {
		given(this.entries.find(any(), anyInt(), any())).willReturn(List.of(ROW));
		assertThat(this.mvc.get().uri("/admin/audit?actie= article\u0007 &van=2026-11-01&tot=gisteren&pagina=-3"))
			.hasStatusOk()
			.hasViewName("audit/admin/log")
			.model()
			.extractingByKey("audit")
			.satisfies((audit) -> {
				AuditView view = (AuditView) audit;
				assertThat(view.rows()).containsExactly(ROW);
				assertThat(view.previous()).as("the first page has no newer page").isNull();
				assertThat(view.next()).isNull();
			});
		then(this.entries).should()
			.find(eq(new AuditFilter("article", "", LocalDate.of(2026, 11, 1), null)), eq(0), any());
	}

	@Test
	void aFullPageLinksToOlderEntriesKeepingTheFilter() {
		given(this.entries.find(any(), anyInt(), any()))
			.willReturn(Collections.nCopies(AuditEntries.PAGE_SIZE + 1, ROW));
		assertThat(this.mvc.get().uri("/admin/audit?wie=Redactie&pagina=2")).hasStatusOk()
			.model()
			.extractingByKey("audit")
			.satisfies((audit) -> {
				AuditView view = (AuditView) audit;
				assertThat(view.rows()).hasSize(AuditEntries.PAGE_SIZE);
				assertThat(view.next().href()).isEqualTo("/admin/audit?actie=&wie=Redactie&van=&tot=&pagina=3");
				assertThat(view.previous().href()).endsWith("pagina=1");
			});
	}

}
