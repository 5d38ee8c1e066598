package nl.bewonersplein.members;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import nl.bewonersplein.SiteTest;
import nl.bewonersplein.TestClock;
import nl.bewonersplein.accounts.PersonalDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contact messages are kept 12 months, then erased by the job; a person's messages and
 * applications are in the personal-data export and gone after erasure.
 */
@SiteTest
class MemberPrivacyTests {

	@Autowired
	MemberProfiles profiles;

	@Autowired
	MemberInitiativeRepository initiatives;

	@Autowired
	MessageRetention retention;

	@Autowired
	List<PersonalDataSource> sources;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	MemberInitiative initiative;

	@AfterEach
	void cleanUp() {
		this.clock.reset();
		if (this.initiative != null) {
			this.initiatives.deleteById(this.initiative.getId());
		}
	}

	@Test
	void messagesAreErasedAfterTwelveMonthsAndNotBefore() {
		this.initiative = MemberFixtures.published(this.profiles, MemberFixtures.unique("Bewaarhuis"), "Zwolle");
		long old = message("oud@bewoner.example", Instant.now());
		this.clock.advance(Duration.ofDays(200));
		long recent = message("nieuw@bewoner.example", this.clock.instant());

		this.clock.advance(Duration.ofDays(166));
		this.retention.eraseExpired();

		assertThat(ids()).doesNotContain(old).contains(recent);
		this.clock.advance(Duration.ofDays(200));
		this.retention.eraseExpired();
		assertThat(ids()).doesNotContain(recent);
	}

	@Test
	void aPersonsMessagesAndApplicationsAreExportedAndErased() {
		this.initiative = MemberFixtures.published(this.profiles, MemberFixtures.unique("Privacyhuis"), "Zwolle");
		message("wim@bewoner.example", Instant.now());
		this.jdbc.update("insert into member_application (status, name, kind, town, summary,"
				+ " contact_name, contact_email, contact_phone, motivation, created_at, version)"
				+ " values ('NEW', 'Wims Tuin', 'GREEN', 'Zwolle', 'Een tuin.', 'Wim', 'wim@bewoner.example',"
				+ " '0612345678', 'Graag lid.', ?, 0)", Timestamp.from(Instant.now()));
		PersonalDataSource members = this.sources.stream()
			.filter((source) -> source instanceof MemberPersonalData)
			.findFirst()
			.orElseThrow();
		PersonalDataSource.Person wim = new PersonalDataSource.Person("Wim@Bewoner.example", null);

		List<Map<String, Object>> exported = members.export(wim);
		assertThat(exported).extracting((record) -> record.get("type"))
			.contains("contact-message", "membership-application");
		assertThat(exported.toString()).contains("Hallo daar", "Graag lid.");
		assertThat(members.export(new PersonalDataSource.Person(null, "06-12345678"))).hasSize(1);

		assertThat(members.erase(wim)).isEqualTo(2);
		assertThat(members.export(wim)).isEmpty();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from member_application where name = 'Wims Tuin'" + " and contact_name = '(gewist)'",
				Integer.class))
			.isEqualTo(1);
		this.jdbc.update("delete from member_application where name = 'Wims Tuin'");
	}

	private long message(String email, Instant at) {
		this.jdbc.update(
				"insert into member_message (initiative_id, sender_name, sender_email, body, copy_to_sender,"
						+ " created_at) values (?, 'Iemand', ?, 'Hallo daar', false, ?)",
				this.initiative.getId(), email, Timestamp.from(at));
		return this.jdbc.queryForObject("select max(id) from member_message", Long.class);
	}

	private List<Long> ids() {
		return this.jdbc.queryForList("select id from member_message where initiative_id = ?", Long.class,
				this.initiative.getId());
	}

}
