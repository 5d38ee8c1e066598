package nl.bewonersplein.orders;

import java.sql.Timestamp;
import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymises orders {@code bewonersplein.orders.retention} (6 months unless set) after
 * they were sent or cancelled, once an hour, on one app node at a time: name, address,
 * e-mail and phone go; material, quantity, dates, state and the postcode's four digits
 * (its area, for counts per region) stay.
 */
@Component
class OrderRetention {

	private static final Logger log = LoggerFactory.getLogger(OrderRetention.class);

	/** What anonymising an order sets; the same for the retention job and erasure. */
	static final String ANONYMISE = "name = null, initiative = null, postcode = null, house_number = null,"
			+ " addition = null, street = null, town = null, email = null, phone = null, address_key = null,"
			+ " public_key = concat('gewist-', cast(id as varchar(20))), anonymised_at = ?";

	private final JdbcTemplate jdbc;

	private final OrderSettings settings;

	private final Clock clock;

	OrderRetention(JdbcTemplate jdbc, OrderSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT7M")
	@SchedulerLock(name = "orders-retention", lockAtMostFor = "PT10M")
	void scheduled() {
		anonymiseExpired();
	}

	/**
	 * @return how many orders were anonymised
	 */
	@Transactional
	int anonymiseExpired() {
		Timestamp now = Timestamp.from(this.clock.instant());
		Timestamp before = Timestamp.from(this.clock.instant().minus(this.settings.retention()));
		int done = this.jdbc.update(
				"update material_order set " + ANONYMISE + " where anonymised_at is null and"
						+ " ((status = 'SENT' and sent_at < ?) or (status = 'CANCELLED' and cancelled_at < ?))",
				now, before, before);
		if (done > 0) {
			log.info("Anonymised {} orders past their retention period", done);
		}
		return done;
	}

}
