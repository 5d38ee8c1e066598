package nl.bewonersplein.accounts;

import nl.bewonersplein.SiteTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9, defect 8: two requests of one session that add the same attribute at once
 * (each holding its own copy of the session) both save it; the later one wins, no
 * duplicate key.
 */
@SiteTest
class SessionRaceTests {

	@Autowired
	JdbcIndexedSessionRepository repository;

	@Test
	@SuppressWarnings({ "unchecked", "rawtypes" })
	void twoCopiesOfASessionAddTheSameAttribute() {
		SessionRepository<Session> sessions = (SessionRepository) this.repository;
		Session session = sessions.createSession();
		sessions.save(session);
		try {
			Session first = sessions.findById(session.getId());
			Session second = sessions.findById(session.getId());
			first.setAttribute("flash", "eerste");
			second.setAttribute("flash", "tweede");
			sessions.save(first);
			sessions.save(second);
			assertThat((String) sessions.findById(session.getId()).getAttribute("flash")).isEqualTo("tweede");
		}
		finally {
			sessions.deleteById(session.getId());
		}
	}

}
