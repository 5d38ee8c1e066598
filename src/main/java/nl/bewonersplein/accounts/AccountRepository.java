package nl.bewonersplein.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByEmail(String email);

	List<Account> findAllByOrderByDisplayNameAsc();

	// Login counters change with single UPDATE statements, so concurrent attempts are all
	// counted and never conflict with an admin editing the account.

	@Modifying
	@Query("update Account a set a.failedLogins = a.failedLogins + 1 where a.id = :id")
	int countFailedLogin(long id);

	@Modifying
	@Query("update Account a set a.lockedUntil = :until, a.failedLogins = 0 where a.id = :id and a.failedLogins >= :max")
	int lockIfTooManyFailures(long id, int max, Instant until);

	@Modifying
	@Query("update Account a set a.failedLogins = 0, a.lockedUntil = null where a.id = :id")
	int resetFailedLogins(long id);

	/** Lifts both locks, as a password reset by e-mail link does. */
	@Modifying
	@Query("update Account a set a.failedLogins = 0, a.lockedUntil = null, a.failedCodes = 0, a.codeLockedUntil = null where a.id = :id")
	int unlock(long id);

	// Two-step codes have their own counter: a correct password resets failedLogins but
	// never failedCodes, so guessing codes across many logins still locks the account.

	@Modifying
	@Query("update Account a set a.failedCodes = a.failedCodes + 1 where a.id = :id")
	int countFailedCode(long id);

	@Modifying
	@Query("update Account a set a.codeLockedUntil = :until, a.failedCodes = 0 where a.id = :id and a.failedCodes >= :max")
	int lockIfTooManyCodeFailures(long id, int max, Instant until);

	@Modifying
	@Query("update Account a set a.failedCodes = 0 where a.id = :id")
	int resetFailedCodes(long id);

	/**
	 * Records an accepted time step, only if it is later than the last one: 0 means the
	 * step was already used (a replayed code, or a concurrent login with the same code).
	 */
	@Modifying
	@Query("update Account a set a.lastTotpStep = :step where a.id = :id and (a.lastTotpStep is null or a.lastTotpStep < :step)")
	int useTotpStep(long id, long step);

}
