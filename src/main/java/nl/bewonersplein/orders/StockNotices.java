package nl.bewonersplein.orders;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import nl.bewonersplein.mail.Outbox;
import nl.bewonersplein.mail.OutgoingMail;
import nl.bewonersplein.site.SiteAddress;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Houd me op de hoogte": people who want one mail when a sold-out material can be
 * ordered again. The mail is queued and the request deleted in one transaction, so each
 * request gets its mail exactly once.
 */
@Service
class StockNotices {

	private final JdbcTemplate jdbc;

	private final Materials materials;

	private final Outbox outbox;

	private final OrderTexts texts;

	private final SiteAddress address;

	private final Clock clock;

	StockNotices(JdbcTemplate jdbc, Materials materials, Outbox outbox, OrderTexts texts, SiteAddress address,
			Clock clock) {
		this.jdbc = jdbc;
		this.materials = materials;
		this.outbox = outbox;
		this.texts = texts;
		this.address = address;
		this.clock = clock;
	}

	/** Asks for a mail when the material is back; asking twice is asking once. */
	@Transactional
	void ask(long materialId, String email) {
		try {
			this.jdbc.update("insert into order_stock_notice (material_id, email, created_at) values (?, ?, ?)",
					materialId, email.toLowerCase(Locale.ROOT), Timestamp.from(this.clock.instant()));
		}
		catch (DuplicateKeyException ex) {
			// Already asked.
		}
	}

	/**
	 * Mails everyone who asked about this material, if it can be ordered now, and forgets
	 * their requests. Runs in the caller's transaction.
	 * @return how many mails were queued
	 */
	@Transactional
	int backInStock(long materialId) {
		Material material = this.materials.byId(materialId).orElseThrow();
		if (!material.orderable()) {
			return 0;
		}
		List<String> emails = this.jdbc.queryForList(
				"select email from order_stock_notice where material_id = ? order by id", String.class, materialId);
		String link = this.address.absolute(OrderPaths.material(material.slug()));
		int queued = 0;
		for (String email : emails) {
			// Deleted first: a concurrent run that already took it sends nothing.
			if (this.jdbc.update("delete from order_stock_notice where material_id = ? and email = ?", materialId,
					email) == 1) {
				this.outbox.queue(OutgoingMail.text(email, this.texts.nl("orders.mail.back.subject", material.name()),
						this.texts.nl("orders.mail.back.text", material.name(), link)));
				queued++;
			}
		}
		return queued;
	}

}
