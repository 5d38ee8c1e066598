package nl.bewonersplein.site;

import java.util.List;

import nl.bewonersplein.Http;
import nl.bewonersplein.SiteTest;
import nl.bewonersplein.SqlStatements;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The site's own pages stay within the budget of 10 SQL statements per public page. */
@SiteTest
class StatementCountTests {

	@LocalServerPort
	int port;

	@Test
	void sitePagesRunAtMostTenStatements() {
		Http http = new Http(this.port);
		for (String path : List.of("/", "/over-ons", "/thema", "/zoeken?q=buurt")) {
			SqlStatements.Measured page = SqlStatements.warm(http, path);
			assertThat(page.status()).as(path).isEqualTo(200);
			assertThat(page.statements()).as("statements for " + path).isPositive().isLessThanOrEqualTo(10);
		}
	}

	@Test
	void theNotFoundPageRunsAtMostTenStatements() {
		SqlStatements.Measured page = SqlStatements.warm(new Http(this.port), "/dit-bestaat-niet");
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.statements()).as("a missing page looks itself up first").isPositive().isLessThanOrEqualTo(10);
	}

}
