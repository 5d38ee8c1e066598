package nl.bewonersplein.members;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import nl.bewonersplein.mail.Outbox;
import nl.bewonersplein.mail.OutgoingMail;
import nl.bewonersplein.shared.Network;
import nl.bewonersplein.site.SiteAddress;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Membership applications: stored once per form, acknowledged by mail and announced to
 * the network's office; editors approve them (the profile is created unpublished and the
 * contact person invited to a member account) or decline them with a message. Both
 * decisions are mailed to the contact person, in the same transaction.
 */
@Service
@Transactional
class Applications {

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	private final JdbcTemplate jdbc;

	private final MemberProfiles profiles;

	private final MemberAccounts accounts;

	private final Outbox outbox;

	private final MessageSource messages;

	private final Network network;

	private final SiteAddress address;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Applications(JdbcTemplate jdbc, MemberProfiles profiles, MemberAccounts accounts, Outbox outbox,
			MessageSource messages, Network network, SiteAddress address, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.profiles = profiles;
		this.accounts = accounts;
		this.outbox = outbox;
		this.messages = messages;
		this.network = network;
		this.address = address;
		this.events = events;
		this.clock = clock;
	}

	enum Status {

		NEW, APPROVED, DECLINED

	}

	/** An application as stored. */
	record Application(long id, Status status, String name, InitiativeKind kind, String town, String summary,
			String website, String contactName, String contactEmail, String contactPhone, String motivation,
			String decisionNote, Instant createdAt, Instant decidedAt, Long initiativeId) {

	}

	/** Thrown when an application was already approved or declined. */
	static class AlreadyDecided extends RuntimeException {

	}

	/**
	 * Stores the application and queues its mails. Call it through
	 * {@code site.FormSubmissions}, which makes a repeated post of one form store it
	 * once.
	 */
	void apply(ApplicationForm form) {
		InitiativeKind kind = InitiativeKind.fromSlug(form.soort()).orElse(InitiativeKind.OTHER);
		this.jdbc.update(
				"insert into member_application (status, name, kind, town, summary, website,"
						+ " contact_name, contact_email, contact_phone, motivation, created_at, version)"
						+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
				Status.NEW.name(), form.naam(), kind.name(), form.plaats(), form.samenvatting(),
				Texts.nullIfBlank(form.webadres()), form.contactnaam(), form.email().toLowerCase(Locale.ROOT),
				phone(form.telefoon()), form.motivatie(), Timestamp.from(this.clock.instant()));
		this.outbox.queue(OutgoingMail.text(form.email(), text("members.mail.applied.subject", this.network.name()),
				text("members.mail.applied.text", form.contactnaam(), form.naam(), this.network.name())));
		this.outbox.queue(OutgoingMail.text(this.network.email(),
				text("members.mail.new-application.subject", form.naam()), text("members.mail.new-application.text",
						form.naam(), form.plaats(), link(MemberPaths.ADMIN + "/aanmeldingen"))));
	}

	/**
	 * Approves: creates the initiative's profile (unpublished until an editor checks it),
	 * invites the contact person to a member account that keeps it, and mails the
	 * decision.
	 * @return the new initiative's id
	 */
	long approve(long id, String note) {
		Application application = decide(id, Status.APPROVED, note);
		MemberInitiative initiative = this.profiles.create(new MemberInitiative.Profile(application.name(),
				application.kind(), null, application.town(), application.summary(), "", application.website(), "",
				application.contactEmail(), null, null, null, Set.of(), Set.of()), MemberInitiative.Status.DRAFT);
		this.jdbc.update("update member_application set initiative_id = ? where id = ?", initiative.getId(), id);
		this.accounts.invite(initiative.getId(), application.contactName(), application.contactEmail());
		this.outbox.queue(OutgoingMail.text(application.contactEmail(),
				text("members.mail.approved.subject", this.network.name()),
				text("members.mail.approved.text", application.contactName(), application.name(), this.network.name(),
						noteOrNone(note), link(MemberPaths.OWN))));
		this.events.publishEvent(new ApplicationDecided(id, true, InitiativeChanged.of("", initiative).subject()));
		return initiative.getId();
	}

	void decline(long id, String note) {
		Application application = decide(id, Status.DECLINED, note);
		this.outbox.queue(OutgoingMail.text(application.contactEmail(),
				text("members.mail.declined.subject", this.network.name()),
				text("members.mail.declined.text", application.contactName(), application.name(), note,
						this.network.name(), this.network.phone())));
		this.events.publishEvent(new ApplicationDecided(id, false, ""));
	}

	/**
	 * Marks the decision with one conditional update, so two editors cannot both decide.
	 */
	private Application decide(long id, Status status, String note) {
		Application application = find(id).orElseThrow(AlreadyDecided::new);
		int changed = this.jdbc.update(
				"update member_application set status = ?, decision_note = ?, decided_at = ?, version = version + 1"
						+ " where id = ? and status = ?",
				status.name(), Texts.nullIfBlank(note), Timestamp.from(this.clock.instant()), id, Status.NEW.name());
		if (changed != 1) {
			throw new AlreadyDecided();
		}
		return application;
	}

	@Transactional(readOnly = true)
	Optional<Application> find(long id) {
		return this.jdbc.query(SELECT + " where id = ?", Applications::map, id).stream().findFirst();
	}

	@Transactional(readOnly = true)
	List<Application> all() {
		return this.jdbc.query(SELECT + " order by case when status = 'NEW' then 0 else 1 end, created_at desc",
				Applications::map);
	}

	@Transactional(readOnly = true)
	long countNew() {
		Long count = this.jdbc.queryForObject("select count(*) from member_application where status = 'NEW'",
				Long.class);
		return (count != null) ? count : 0;
	}

	private static final String SELECT = "select id, status, name, kind, town, summary, website, contact_name,"
			+ " contact_email, contact_phone, motivation, decision_note, created_at, decided_at, initiative_id"
			+ " from member_application";

	private static Application map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Timestamp decided = rs.getTimestamp(14);
		long initiative = rs.getLong(15);
		Long initiativeId = rs.wasNull() ? null : initiative;
		return new Application(rs.getLong(1), Status.valueOf(rs.getString(2)), rs.getString(3),
				InitiativeKind.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7),
				rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
				rs.getTimestamp(13).toInstant(), (decided != null) ? decided.toInstant() : null, initiativeId);
	}

	/**
	 * The phone number as digits (a leading + kept), as personal-data look-ups compare
	 * it.
	 */
	static String phone(String typed) {
		String digits = (typed != null) ? typed.replaceAll("[^0-9+]", "") : "";
		return digits.isEmpty() ? null : digits;
	}

	private String noteOrNone(String note) {
		return (note == null || note.isBlank()) ? "" : note.strip() + "\n\n";
	}

	private String link(String path) {
		return this.address.absolute(path);
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, DUTCH);
	}

}
