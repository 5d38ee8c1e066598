package nl.bewonersplein.site;

import java.time.Clock;
import java.sql.Timestamp;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs each module's demo loader once per database: a loader that has run leaves a
 * marker, so a restart, a second app node or an editor who deleted a demo item does not
 * bring the demo back. Loaders are switched off with
 * {@code bewonersplein.demo-content.enabled=false}.
 */
@Component
public class DemoContent {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoContent(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Runs {@code loader} in one transaction together with writing the marker for
	 * {@code module}, unless the marker is there already.
	 * @return whether the loader ran
	 */
	public boolean loadOnce(String module, Runnable loader) {
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
