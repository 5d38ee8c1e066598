package nl.bewonersplein.accounts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One person's data, for the privacy rights to see and to be forgotten: an admin can
 * export what we hold about an account and erase it. Both are audited.
 */
@Service
@Transactional
class PersonalData {

	private final AccountRepository accounts;

	private final AccountSessions sessions;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	PersonalData(AccountRepository accounts, AccountSessions sessions, JdbcTemplate jdbc,
			ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * Everything held about the account, as name/value pairs ready to be written as JSON.
	 */
	Map<String, Object> export(long accountId) {
		Account account = this.accounts.findById(accountId).orElseThrow();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("id", account.getId());
		data.put("name", account.getDisplayName());
		data.put("email", account.getEmail());
		data.put("roles", Accounts.roles(account.getRoles()));
		data.put("active", account.isActive());
		data.put("twoStepVerification", account.hasTwoStepVerification());
		data.put("createdAt", account.getCreatedAt().toString());
		List<Map<String, Object>> actions = this.jdbc.queryForList(
				"select occurred_at, action, subject, detail from audit_entry where actor_id = ? or subject = ?"
						+ " order by occurred_at",
				accountId, AccountActivity.of("", account).subject());
		data.put("auditLog", actions.stream().map((row) -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			row.forEach((key, value) -> entry.put(key.toLowerCase(java.util.Locale.ROOT), String.valueOf(value)));
			return entry;
		}).toList());
		this.events.publishEvent(AccountActivity.of("account.exported", account));
		return data;
	}

	/**
	 * Erases the account: sessions, links, recovery codes and the account itself. Audit
	 * entries keep only the account number, which no longer leads to a person.
	 */
	void erase(long accountId) {
		Account account = this.accounts.findById(accountId).orElseThrow();
		this.sessions.endAll(account.getEmail());
		this.jdbc.update("update audit_entry set actor_name = ? where actor_id = ?", "(verwijderd account)", accountId);
		this.accounts.delete(account);
		this.events.publishEvent(AccountActivity.of("account.erased", account));
	}

}
