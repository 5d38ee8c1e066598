package nl.bewonersplein.site;

import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import nl.bewonersplein.Http;
import nl.bewonersplein.SiteTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The site's own pages stay within the budget of 10 SQL statements per public page. */
@SiteTest
class StatementCountTests {

	@LocalServerPort
	int port;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void sitePagesRunAtMostTenStatements() {
		Http http = new Http(this.port);
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		for (String path : List.of("/", "/over-ons", "/thema", "/zoeken?q=buurt", "/dit-bestaat-niet")) {
			http.get(path);
			statistics.clear();
			int status = http.get(path).statusCode();
			assertThat(status).as(path).isIn(200, 404);
			assertThat(statistics.getPrepareStatementCount()).as("statements for " + path).isLessThanOrEqualTo(10);
		}
	}

}
