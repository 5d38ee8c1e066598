package nl.bewonersplein.members;

import java.util.ArrayList;
import java.util.List;

import nl.bewonersplein.CachedSiteTest;
import nl.bewonersplein.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * As in production, the directory reads the published initiatives from memory
 * (site.KeptData): a change by an editor shows on the very next rendering of the
 * directory and of "Meer van onze leden". The visitor carries a cookie, so the page cache
 * passes it by and every request renders.
 */
@CachedSiteTest
class MemberFreshnessTests {

	static final String[] RENDER = { "Cookie", "bench=1" };

	@Autowired
	MemberProfiles profiles;

	@LocalServerPort
	int port;

	final List<Long> made = new ArrayList<>();

	@AfterEach
	void removeOurs() {
		this.made.forEach(this.profiles::delete);
	}

	@Test
	void anEditorsChangeShowsInTheDirectoryAtOnce() {
		String town = MemberFixtures.unique("Versheidsdorp").replaceAll("[^A-Za-z]", "");
		MemberInitiative initiative = MemberFixtures.published(this.profiles, MemberFixtures.unique("Eerste naam"),
				town);
		this.made.add(initiative.getId());
		Http visitor = new Http(this.port);
		String list = "/leden?plaats=" + town;
		assertThat(visitor.get(list, RENDER).body()).contains(initiative.getName(), "1 initiatief");
		assertThat(visitor.get(list, RENDER).body()).contains(initiative.getName());

		String renamed = MemberFixtures.unique("Tweede naam");
		MemberFixtures.rename(this.profiles, initiative.getId(), renamed);
		assertThat(visitor.get(list, RENDER).body()).as("the very next rendering")
			.contains(renamed)
			.doesNotContain(initiative.getName());

		this.profiles.publish(initiative.getId(), false);
		assertThat(visitor.get(list, RENDER).body()).doesNotContain(renamed);
		assertThat(visitor.get("/leden", RENDER).body()).doesNotContain(renamed);
	}

}
