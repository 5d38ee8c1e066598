package nl.bewonersplein.members;

import java.util.List;

import nl.bewonersplein.accounts.MemberInvitations;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which member accounts keep which initiative's profile. Several people can share one
 * initiative; a person can keep several. The accounts themselves live in the accounts
 * module, which invites them.
 */
@Component
class MemberAccounts {

	private final JdbcTemplate jdbc;

	private final MemberInvitations invitations;

	MemberAccounts(JdbcTemplate jdbc, MemberInvitations invitations) {
		this.jdbc = jdbc;
		this.invitations = invitations;
	}

	/** Invites the person to a member account and lets it keep the initiative. */
	@Transactional
	long invite(long initiativeId, String name, String email) {
		long accountId = this.invitations.invite(name, email);
		if (!keeps(accountId, initiativeId)) {
			this.jdbc.update("insert into member_account (initiative_id, account_id) values (?, ?)", initiativeId,
					accountId);
		}
		return accountId;
	}

	boolean keeps(long accountId, long initiativeId) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from member_account where account_id = ? and initiative_id = ?", Integer.class,
				accountId, initiativeId);
		return count != null && count > 0;
	}

	/** The initiatives an account keeps, by id. */
	List<Long> initiativesOf(long accountId) {
		return this.jdbc.queryForList("select initiative_id from member_account where account_id = ?", Long.class,
				accountId);
	}

	/** The names of the people who keep an initiative. */
	List<String> keepers(long initiativeId) {
		List<Long> ids = this.jdbc.queryForList("select account_id from member_account where initiative_id = ?",
				Long.class, initiativeId);
		return this.invitations.names(ids).values().stream().sorted().toList();
	}

}
