package nl.bewonersplein.site;

import java.time.Clock;
import java.sql.Timestamp;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs each module's demo loader once per database: a loader that has run leaves a
 * marker, so a restart, a second app node or an editor who deleted a demo item does not
 * bring the demo back. Loaders are switched off with
 * {@code bewonersplein.demo-content.enabled=false}, checked here when they run rather
 * than by a condition on their beans: under Spring AOT (ADR 0020) conditions are decided
 * when the jar is built, and a production start must still be able to switch the demo
 * off.
 */
@Component
public class DemoContent {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final boolean enabled;

	DemoContent(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock,
			@Value("${bewonersplein.demo-content.enabled:true}") boolean enabled) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
		this.enabled = enabled;
	}

	/**
	 * Runs the demo loader {@code loader} as {@link #runOnce}, if demo content is
	 * switched on.
	 * @return whether the loader ran
	 */
	public boolean loadOnce(String module, Runnable loader) {
		return this.enabled && runOnce(module, loader);
	}

	/**
	 * Runs {@code loader} in one transaction together with writing the marker for
	 * {@code module}, unless the marker is there already.
	 * @return whether the loader ran
	 */
	public boolean runOnce(String module, Runnable loader) {
		try {
			return Boolean.TRUE.equals(this.transactions.execute((status) -> {
				Integer done = this.jdbc.queryForObject("select count(*) from demo_content where module = ?",
						Integer.class, module);
				if (done != null && done > 0) {
					return false;
				}
				this.jdbc.update("insert into demo_content (module, loaded_at) values (?, ?)", module,
						Timestamp.from(this.clock.instant()));
				loader.run();
				return true;
			}));
		}
		catch (DuplicateKeyException ex) {
			// Another node loaded the same module at the same moment; its transaction
			// won.
			return false;
		}
	}

}
